CREATE TABLE review_case (
    id                uuid PRIMARY KEY,
    application_id    uuid         NOT NULL UNIQUE,
    reference         varchar(20)  NOT NULL,
    revision          integer      NOT NULL,
    rule_version      varchar(40)  NOT NULL,
    status            varchar(30)  NOT NULL,
    applicant_subject varchar(255) NOT NULL,
    applicant_name    varchar(200),
    applicant_email   varchar(254),
    applicant_locale  varchar(2)   NOT NULL,
    opened_at         timestamptz  NOT NULL,
    version           integer      NOT NULL DEFAULT 0
);

-- Every revision of the application as permit-service published it: reviewers read it here,
-- never from permit-service.
CREATE TABLE case_revision (
    case_id     uuid        NOT NULL REFERENCES review_case (id),
    revision    integer     NOT NULL,
    received_at timestamptz NOT NULL,
    data        jsonb       NOT NULL,
    PRIMARY KEY (case_id, revision)
);

CREATE TABLE review_step (
    id        uuid PRIMARY KEY,
    case_id   uuid         NOT NULL REFERENCES review_case (id),
    agency    varchar(30)  NOT NULL,
    rule_id   varchar(80)  NOT NULL,
    reason    varchar(1000) NOT NULL,
    status    varchar(30)  NOT NULL,
    due_date  date         NOT NULL,
    opened_at timestamptz  NOT NULL,
    version   integer      NOT NULL DEFAULT 0,
    UNIQUE (case_id, agency)
);
-- An agency's queue: its steps, nearest deadline first.
CREATE INDEX review_step_queue ON review_step (agency, status, due_date);
