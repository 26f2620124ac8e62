-- The operator's evidence for its obligations, kept here with the PDF (reviewers of the agency
-- that set the condition download it from here), and where each obligation stands as review-service
-- found it (review.obligation-reviewed.v1).
ALTER TABLE permit_obligation
    ADD COLUMN next_due              date,
    ADD COLUMN state                 varchar(20) NOT NULL DEFAULT 'AWAITED'
        CHECK (state IN ('AWAITED', 'TO_REVIEW', 'FULFILLED', 'BREACHED')),
    ADD COLUMN last_outcome          varchar(20)
        CHECK (last_outcome IN ('ACCEPTED', 'MORE_INFORMATION', 'BREACH')),
    ADD COLUMN last_reason           text,
    ADD COLUMN enforcement_reference varchar(16);
UPDATE permit_obligation SET next_due = first_due;
ALTER TABLE permit_obligation ALTER COLUMN next_due SET NOT NULL;

CREATE TABLE obligation_evidence (
    id             uuid         PRIMARY KEY,
    obligation_id  uuid         NOT NULL REFERENCES permit_obligation (id),
    application_id uuid         NOT NULL REFERENCES application (id),
    due            date         NOT NULL,
    statement      text         NOT NULL CHECK (length(statement) BETWEEN 1 AND 4000),
    file_name      varchar(255) NOT NULL,
    size_bytes     bigint       NOT NULL CHECK (size_bytes > 0),
    sha256         varchar(64)  NOT NULL,
    content        bytea        NOT NULL,
    submitted_at   timestamptz  NOT NULL,
    submitted_by   varchar(255) NOT NULL,
    outcome        varchar(20)  CHECK (outcome IN ('ACCEPTED', 'MORE_INFORMATION', 'BREACH')),
    reason         text,
    reviewed_at    timestamptz
);
CREATE INDEX obligation_evidence_obligation ON obligation_evidence (obligation_id, submitted_at);
