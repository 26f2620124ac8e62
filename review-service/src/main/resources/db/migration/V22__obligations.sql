-- Conditions that live after the permit: each condition of a granted permit becomes an obligation
-- of the operator, set in the decision's transaction: evidence due by a day (the clock engine's:
-- a period ending on a day off ends the next working day), then again every so many months, to
-- the agency that set the condition.
CREATE TABLE obligation (
    id             uuid          PRIMARY KEY,
    case_id        uuid          NOT NULL REFERENCES review_case (id),
    agency         varchar(40)   NOT NULL,
    condition_text text          NOT NULL CHECK (length(condition_text) BETWEEN 1 AND 2000),
    evidence       text          NOT NULL CHECK (length(evidence) BETWEEN 1 AND 2000),
    every_months   integer       CHECK (every_months BETWEEN 1 AND 120),
    first_due      date          NOT NULL,
    next_due       date          NOT NULL,
    set_at         timestamptz   NOT NULL,
    version        integer       NOT NULL DEFAULT 0,
    UNIQUE (case_id, condition_text)
);
CREATE INDEX obligation_next_due ON obligation (next_due);
CREATE INDEX obligation_case ON obligation (case_id, agency);
