-- The appeal (issue #18): the applicant's file shows that the decision is under appeal, until when,
-- and, once the appeal authority decided, that the decision in force is the appeal's.
ALTER TABLE application
    ADD COLUMN appealed_at          timestamptz,
    ADD COLUMN appeal_decision_due  date,
    ADD COLUMN decided_on_appeal    boolean NOT NULL DEFAULT false;
