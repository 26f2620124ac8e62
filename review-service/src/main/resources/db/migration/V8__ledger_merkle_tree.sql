-- The ledger's Merkle tree (RFC 9162) over its entries, leaf i being entry seq = i + 1: the hash of
-- every perfect subtree (2^level leaves from idx * 2^level), written as entries are appended. Every
-- proof and root is computed from these nodes. Append-only, like the entries.
CREATE TABLE ledger_node (
    level smallint NOT NULL,
    idx   bigint   NOT NULL,
    hash  bytea    NOT NULL,
    PRIMARY KEY (level, idx)
);
CREATE TRIGGER ledger_node_no_update BEFORE UPDATE OR DELETE ON ledger_node
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_node_no_truncate BEFORE TRUNCATE ON ledger_node
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();

-- Checkpoints the ledger signed (C2SP tlog-checkpoint as a signed note), one per tree size.
CREATE TABLE ledger_checkpoint (
    tree_size bigint       PRIMARY KEY,
    root_hash bytea        NOT NULL,
    signed_at timestamptz  NOT NULL,
    key_id    varchar(8)   NOT NULL,
    note      text         NOT NULL
);

-- What witnesses answered: their cosignature of a checkpoint, or their refusal and why.
CREATE TABLE ledger_cosignature (
    tree_size   bigint       NOT NULL REFERENCES ledger_checkpoint,
    witness     varchar(200) NOT NULL,
    key_id      varchar(8)   NOT NULL,
    cosigned_at timestamptz  NOT NULL,
    line        varchar(400) NOT NULL,
    PRIMARY KEY (tree_size, witness, key_id)
);
CREATE TABLE ledger_refusal (
    id            uuid         PRIMARY KEY,
    tree_size     bigint       NOT NULL,
    witness       varchar(200) NOT NULL,
    reason        varchar(20)  NOT NULL,
    detail        varchar(500) NOT NULL,
    cosigned_size bigint,
    refused_at    timestamptz  NOT NULL
);
CREATE INDEX ledger_refusal_time ON ledger_refusal (refused_at);
