-- An enforcement case is closed by the deciding authority with an outcome (the operator put it
-- right, was sanctioned, or had not breached the condition after all) and its words to the
-- operator. Open cases have none of these; a closed one has all.
ALTER TABLE enforcement_case
    ADD COLUMN outcome        varchar(20)  CHECK (outcome IN ('REMEDIED', 'SANCTIONED', 'UNFOUNDED')),
    ADD COLUMN outcome_reason text         CHECK (length(outcome_reason) BETWEEN 1 AND 2000),
    ADD COLUMN closed_at      timestamptz,
    ADD COLUMN closed_by      varchar(255),
    ADD COLUMN closed_by_name varchar(255),
    ADD CONSTRAINT enforcement_case_closed_whole CHECK (
        (outcome IS NULL AND outcome_reason IS NULL AND closed_at IS NULL AND closed_by IS NULL)
        OR (outcome IS NOT NULL AND outcome_reason IS NOT NULL AND closed_at IS NOT NULL
            AND closed_by IS NOT NULL));
