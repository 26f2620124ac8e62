-- A person's choices: the language of their messages (null: their profile's), and the kinds of
-- message they do not want by email (they still see them in the inbox).
CREATE TABLE person_preference (
    subject      varchar(255) PRIMARY KEY,
    locale       varchar(2),
    muted_kinds  jsonb        NOT NULL DEFAULT '[]',
    updated_at   timestamptz  NOT NULL
);

-- An agency's choice: one daily summary of its new steps instead of one email per step.
CREATE TABLE agency_preference (
    agency       varchar(30)  PRIMARY KEY,
    daily_digest boolean      NOT NULL,
    updated_by   varchar(255) NOT NULL,
    updated_at   timestamptz  NOT NULL
);

-- Notifications held for the daily summary.
CREATE INDEX notification_digest ON notification (recipient_subject) WHERE status = 'DIGEST';
