-- The decision period's one extension (issue #18): how many days, why, by whom and when. The
-- coordinating officials decide it before the period ends; the applicant is told.
ALTER TABLE review_case ADD COLUMN decision_extension_days integer;
ALTER TABLE review_case ADD COLUMN decision_extension_reason varchar(2000);
ALTER TABLE review_case ADD COLUMN decision_extended_by varchar(255);
ALTER TABLE review_case ADD COLUMN decision_extended_at timestamptz;
