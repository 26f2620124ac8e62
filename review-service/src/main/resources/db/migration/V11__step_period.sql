-- A step's deadline as the clock engine computes it (issue #18): the day its period starts from,
-- its length, and the times its clock stood still ("from/to" pairs), so that the last day is
-- always recomputed from the start, never moved from a date that was already rolled forward.
-- Steps opened before have none and keep their dates.
ALTER TABLE review_step ADD COLUMN period_start date;
ALTER TABLE review_step ADD COLUMN period_days integer;
ALTER TABLE review_step ADD COLUMN clock_stops jsonb NOT NULL DEFAULT '[]';
