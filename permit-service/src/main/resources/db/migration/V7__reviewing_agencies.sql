-- The agencies that review an application, learned from review.opened: their reviewers may open
-- its submitted documents from the desk (everyone else gets 404), and the applicant's file lists
-- them with the day each opinion is due (none for the deciding authority, which decides last).
CREATE TABLE reviewing_agency (
    application_id uuid        NOT NULL REFERENCES application (id),
    agency         varchar(30) NOT NULL,
    since          timestamptz NOT NULL,
    due_date       date,
    PRIMARY KEY (application_id, agency)
);
