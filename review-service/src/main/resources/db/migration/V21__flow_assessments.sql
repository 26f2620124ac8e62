-- The seed's own reviews: an agency's assessment of each flag its rules raise on an
-- application's declared data flows, and the conditions it proposes. Both are classified: read by
-- the agency that wrote them only (an assessment also by the other reviewing agencies once it is
-- shared), never in an event; the ledger keeps a hash of each.
CREATE TABLE flow_assessment (
    id              uuid         PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES review_case (id),
    agency          varchar(40)  NOT NULL,
    flag_key        varchar(300) NOT NULL,
    rule_id         varchar(80)  NOT NULL,
    rule_version    varchar(40)  NOT NULL,
    likelihood      varchar(10)  NOT NULL CHECK (likelihood IN ('LOW', 'MEDIUM', 'HIGH')),
    impact          varchar(10)  NOT NULL CHECK (impact IN ('LOW', 'MEDIUM', 'HIGH')),
    justification   text         NOT NULL CHECK (length(justification) BETWEEN 1 AND 4000),
    condition_id    varchar(80),
    shared          boolean      NOT NULL DEFAULT false,
    assessed_by     varchar(255) NOT NULL,
    assessed_by_name varchar(200),
    assessed_at     timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 0,
    UNIQUE (case_id, agency, flag_key)
);

-- A condition an agency proposes for the permit: from the standard library (its id) or its own,
-- in the applicant's language, with the obligation it becomes once the permit is granted.
CREATE TABLE case_condition (
    id                uuid         PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES review_case (id),
    agency            varchar(40)  NOT NULL,
    standard_id       varchar(80),
    text              text         NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    every_months      integer      CHECK (every_months BETWEEN 1 AND 120),
    first_due_months  integer      NOT NULL CHECK (first_due_months BETWEEN 1 AND 120),
    evidence          text         NOT NULL CHECK (length(evidence) BETWEEN 1 AND 2000),
    proposed_by       varchar(255) NOT NULL,
    proposed_at       timestamptz  NOT NULL,
    UNIQUE (case_id, agency, standard_id)
);
CREATE INDEX case_condition_case ON case_condition (case_id, agency);
