-- Transactional outbox. The first five columns follow Debezium's outbox event router, so that
-- production can replace the polling relay by CDC without touching the services.
CREATE TABLE outbox_event (
    id            uuid PRIMARY KEY,
    aggregatetype varchar(40)  NOT NULL,
    aggregateid   varchar(64)  NOT NULL,
    type          varchar(80)  NOT NULL,
    payload       jsonb        NOT NULL,
    actor         varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL,
    seq           bigserial    NOT NULL UNIQUE,
    sent_at       timestamptz
);
-- The relay reads pending rows in commit order; sent rows are left out of this index.
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumers: the id of every event a consumer has handled, written in the same
-- transaction as the handler's effect.
CREATE TABLE processed_event (
    event_id     uuid         NOT NULL,
    consumer     varchar(80)  NOT NULL,
    event_type   varchar(80)  NOT NULL,
    processed_at timestamptz  NOT NULL,
    PRIMARY KEY (event_id, consumer)
);
