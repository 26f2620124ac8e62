-- Documents of an application. The content stays in the database, in the same transaction as the
-- application (a later move to object storage keeps this table for the metadata and the hash).
CREATE TABLE attachment (
    id                     uuid PRIMARY KEY,
    application_id         uuid          NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind                   varchar(40)   NOT NULL,
    file_name              varchar(255)  NOT NULL,
    media_type             varchar(40)   NOT NULL,
    size_bytes             bigint        NOT NULL,
    sha256                 varchar(64)   NOT NULL,
    content                bytea         NOT NULL,
    uploaded_at            timestamptz   NOT NULL,
    uploaded_by            varchar(255)  NOT NULL,
    -- The revision that first carried it; null while only in a draft (deletable until then).
    first_revision         integer,
    superseded_by          uuid REFERENCES attachment (id),
    version                integer       NOT NULL DEFAULT 0
);
CREATE INDEX attachment_application ON attachment (application_id, uploaded_at);

ALTER TABLE application_revision ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]';
