-- The agencies that review an application, learned from review.opened: their reviewers may open
-- its submitted documents from the desk; everyone else gets 404.
CREATE TABLE reviewing_agency (
    application_id uuid        NOT NULL REFERENCES application (id),
    agency         varchar(30) NOT NULL,
    since          timestamptz NOT NULL,
    PRIMARY KEY (application_id, agency)
);
