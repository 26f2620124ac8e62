-- The desk's queue reads an agency's steps in deadline order (or newest first) a page at a time:
-- these indexes give the first page without reading and sorting every step of the agency (about
-- 4.5 s at p99 with 45,000 cases and 50 people reading, issue #16).
CREATE INDEX review_step_agency_due ON review_step (agency, due_date, opened_at, id);
CREATE INDEX review_step_agency_opened ON review_step (agency, opened_at DESC, id);
-- People are named from the cases they applied in: one index probe per person.
CREATE INDEX review_case_applicant ON review_case (applicant_subject, opened_at DESC);
