-- Completeness (issue #18): a file is checked by the coordinating officials before its review
-- opens. The day it was found complete (or counted complete by their silence, where the regime
-- says so) starts the decision period, whose last day the case keeps for the decision step and
-- the timetable.
ALTER TABLE review_case ADD COLUMN completed_on date;
ALTER TABLE review_case ADD COLUMN tacitly_complete boolean NOT NULL DEFAULT false;
ALTER TABLE review_case ADD COLUMN decision_due_date date;
-- Cases opened before had their review opened with them.
UPDATE review_case SET completed_on = (opened_at AT TIME ZONE 'Europe/Brussels')::date;
