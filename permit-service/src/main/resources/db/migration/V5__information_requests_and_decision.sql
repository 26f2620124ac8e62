-- Requests for information from the reviewing agencies, as review events announced them, and
-- the applicant's answers (each answer makes a revision).
CREATE TABLE information_request (
    id              uuid PRIMARY KEY,
    application_id  uuid          NOT NULL REFERENCES application (id),
    step_id         uuid          NOT NULL,
    agency          varchar(30)   NOT NULL,
    questions       jsonb         NOT NULL,
    due_date        date          NOT NULL,
    requested_at    timestamptz   NOT NULL,
    answer          varchar(5000),
    answered_at     timestamptz,
    answered_by     varchar(255),
    answer_revision integer,
    version         integer       NOT NULL DEFAULT 0
);
CREATE INDEX information_request_application ON information_request (application_id, requested_at);

-- The competent authority's decision.
ALTER TABLE application
    ADD COLUMN decided_at           timestamptz,
    ADD COLUMN decision_conditions  jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN decision_reasons     jsonb NOT NULL DEFAULT '[]';
