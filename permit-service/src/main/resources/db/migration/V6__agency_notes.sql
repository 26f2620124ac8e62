-- Notes that a reviewing agency wrote for the applicant (review.note-shared). Notes meant for the
-- agencies only never reach this service.
CREATE TABLE agency_note (
    id             uuid          PRIMARY KEY,
    application_id uuid          NOT NULL REFERENCES application (id),
    agency         varchar(30)   NOT NULL,
    text           varchar(4000) NOT NULL,
    written_at     timestamptz   NOT NULL
);
CREATE INDEX agency_note_application ON agency_note (application_id, written_at);
