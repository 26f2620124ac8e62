-- The foreign investment screening's two phases (issue #18): the committee's step runs for the
-- verification phase; the committee may open the screening phase once, before the verification
-- ends, with its reason, which adds the screening phase's days to the step's period.
ALTER TABLE review_step ADD COLUMN screening_days integer CHECK (screening_days BETWEEN 1 AND 365);
ALTER TABLE review_step ADD COLUMN screening_reason text CHECK (length(screening_reason) <= 2000);
ALTER TABLE review_step ADD COLUMN screening_opened_by varchar(255);
ALTER TABLE review_step ADD COLUMN screening_opened_at timestamptz;
