-- Conditions after the permit, followed: the operator's evidence (kept by permit-service, which
-- holds the PDF; here its statement, name and hash), the agency's review of it, reminders before
-- the due date and escalation after it (once per due date each), and the enforcement cases a
-- breach opens.
ALTER TABLE obligation
    ADD COLUMN state        varchar(20) NOT NULL DEFAULT 'AWAITED'
        CHECK (state IN ('AWAITED', 'TO_REVIEW', 'FULFILLED', 'BREACHED')),
    ADD COLUMN reminded_for date,
    ADD COLUMN overdue_for  date;
CREATE INDEX obligation_awaited ON obligation (next_due) WHERE state = 'AWAITED';
CREATE INDEX obligation_desk ON obligation (agency, state, next_due);

CREATE TABLE obligation_evidence (
    id               uuid         PRIMARY KEY,
    obligation_id    uuid         NOT NULL REFERENCES obligation (id),
    due              date         NOT NULL,
    statement        text         NOT NULL CHECK (length(statement) BETWEEN 1 AND 4000),
    file_name        varchar(255) NOT NULL,
    size_bytes       bigint       NOT NULL CHECK (size_bytes > 0),
    sha256           varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    submitted_at     timestamptz  NOT NULL,
    outcome          varchar(20)  CHECK (outcome IN ('ACCEPTED', 'MORE_INFORMATION', 'BREACH')),
    reason           text         CHECK (length(reason) BETWEEN 1 AND 2000),
    reviewed_at      timestamptz,
    reviewed_by      varchar(255),
    reviewed_by_name varchar(255)
);
CREATE INDEX obligation_evidence_obligation ON obligation_evidence (obligation_id, submitted_at);

CREATE SEQUENCE enforcement_number;
CREATE TABLE enforcement_case (
    id             uuid         PRIMARY KEY,
    reference      varchar(16)  NOT NULL UNIQUE,
    obligation_id  uuid         NOT NULL REFERENCES obligation (id),
    case_id        uuid         NOT NULL REFERENCES review_case (id),
    agency         varchar(40)  NOT NULL,
    evidence_id    uuid         REFERENCES obligation_evidence (id),
    due            date         NOT NULL,
    reason         text         NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    opened_at      timestamptz  NOT NULL,
    opened_by      varchar(255) NOT NULL,
    opened_by_name varchar(255)
);
CREATE INDEX enforcement_case_agency ON enforcement_case (agency, opened_at DESC);
