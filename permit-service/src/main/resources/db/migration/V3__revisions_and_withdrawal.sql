-- Every submission (and, later, every answer to a request for information) freezes the
-- application's data as a numbered revision. Revisions are never updated or deleted.
CREATE TABLE application_revision (
    application_id uuid         NOT NULL REFERENCES application (id),
    number         integer      NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(255) NOT NULL,
    form           jsonb        NOT NULL,
    PRIMARY KEY (application_id, number)
);

ALTER TABLE application
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawal_reason varchar(2000);
