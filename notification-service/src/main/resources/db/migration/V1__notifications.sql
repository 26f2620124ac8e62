CREATE TABLE notification (
    id                uuid PRIMARY KEY,
    cause_event_id    uuid          NOT NULL,
    application_id    uuid          NOT NULL,
    kind              varchar(60)   NOT NULL,
    channel           varchar(10)   NOT NULL,
    recipient_subject varchar(255)  NOT NULL,
    recipient_email   varchar(254),
    locale            varchar(2)    NOT NULL,
    subject           varchar(300)  NOT NULL,
    body_text         text          NOT NULL,
    body_html         text          NOT NULL,
    status            varchar(10)   NOT NULL,
    attempts          integer       NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    last_error        varchar(500),
    created_at        timestamptz   NOT NULL,
    sent_at           timestamptz,
    read_at           timestamptz,
    version           integer       NOT NULL DEFAULT 0,
    -- One notification of a kind per cause and recipient, whatever the redeliveries.
    UNIQUE (cause_event_id, recipient_subject, kind, channel)
);
-- The delivery job's work list.
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
-- A person's inbox, newest first.
CREATE INDEX notification_inbox ON notification (recipient_subject, created_at DESC);
