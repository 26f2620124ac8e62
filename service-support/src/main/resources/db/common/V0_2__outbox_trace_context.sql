-- The trace context of the transaction that wrote an event, so that the relay's send, however late,
-- continues that trace into the consumers of the other services.
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55);
