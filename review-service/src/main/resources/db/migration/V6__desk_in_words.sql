-- Why an agency reviews, in every language of the suite, so that each reviewer reads it in theirs;
-- steps opened before this version have the English text only.
ALTER TABLE review_step ADD COLUMN reason_texts jsonb;
UPDATE review_step SET reason_texts = jsonb_build_object('en', reason);
ALTER TABLE review_step ALTER COLUMN reason_texts SET NOT NULL;

-- A request for information as a thread on the desk: the questions, by whom and until when, and
-- the applicant's answer with the revision it made.
CREATE TABLE information_request (
    id                uuid          PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES review_case (id),
    step_id           uuid          NOT NULL REFERENCES review_step (id),
    agency            varchar(40)   NOT NULL,
    questions         jsonb         NOT NULL,
    due_date          date          NOT NULL,
    asked_at          timestamptz   NOT NULL,
    asked_by          varchar(255)  NOT NULL,
    asked_on_revision integer       NOT NULL,
    answer            varchar(5000),
    answered_at       timestamptz,
    answer_revision   integer
);
CREATE INDEX information_request_case ON information_request (case_id, agency, asked_at);

-- Four eyes that can say no: the confirmer returns a proposal with a reason; the step opens again
-- for its proposer, who reads why, and what they had proposed, until they propose again.
ALTER TABLE review_step
    ADD COLUMN returned_by       varchar(255),
    ADD COLUMN returned_reason   varchar(2000),
    ADD COLUMN returned_at       timestamptz,
    ADD COLUMN returned_proposal jsonb;
