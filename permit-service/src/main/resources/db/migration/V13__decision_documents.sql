-- The sealed decision documents of an application (issue #19), as review-service issued them with
-- review.decision-sealed.v1: the applicant downloads them from the file page. Kept as received.
CREATE TABLE decision_document (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES application (id),
    kind           varchar(20) NOT NULL CHECK (kind IN ('DECISION', 'APPEAL_DECISION')),
    language       varchar(2) NOT NULL,
    sha256         varchar(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    sealed_at      timestamptz NOT NULL,
    content        bytea NOT NULL,
    UNIQUE (application_id, kind)
);
