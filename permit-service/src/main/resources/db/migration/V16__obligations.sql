-- The granted permit's conditions as the operator's obligations, as review-service set them
-- (review.obligations-set.v1): shown on the applicant's file page and through the API.
CREATE TABLE permit_obligation (
    id             uuid          PRIMARY KEY,
    application_id uuid          NOT NULL REFERENCES application (id),
    agency         varchar(40)   NOT NULL,
    condition_text text          NOT NULL,
    evidence       text          NOT NULL,
    first_due      date          NOT NULL,
    every_months   integer,
    set_at         timestamptz   NOT NULL
);
CREATE INDEX permit_obligation_application ON permit_obligation (application_id, first_due);
