-- The audit ledger: every event of every topic and every audit query, in one hash chain. Each entry
-- holds the hash of its payload (never the payload, so never a classified note) and the hash of
-- the entry before it; changing, removing, inserting or reordering any entry breaks the chain.
CREATE TABLE ledger_entry (
    seq            bigint       PRIMARY KEY,
    recorded_at    timestamptz  NOT NULL,
    event_id       uuid         UNIQUE,
    source         varchar(40)  NOT NULL,
    action         varchar(80)  NOT NULL,
    application_id uuid,
    actor          varchar(255) NOT NULL,
    actor_role     varchar(30),
    actor_agency   varchar(30),
    payload_hash   varchar(64)  NOT NULL,
    prev_hash      varchar(64)  NOT NULL,
    entry_hash     varchar(64)  NOT NULL
);
CREATE INDEX ledger_application ON ledger_entry (application_id, seq);
CREATE INDEX ledger_actor ON ledger_entry (actor, seq);
CREATE INDEX ledger_agency ON ledger_entry (actor_agency, seq);
CREATE INDEX ledger_action ON ledger_entry (action, seq);
CREATE INDEX ledger_time ON ledger_entry (recorded_at, seq);

-- Append-only in the database too: whatever the application does, rows are never changed.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit ledger is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER ledger_no_update BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();
