-- A decision's sealed document (issue #19): requested in the decision's transaction with the facts
-- it states, sealed after the commit by a worker, kept as issued. A document is replaced only by the
-- appeal authority's decision on the same case.
CREATE TABLE decision_document (
    id           uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES review_case (id),
    kind         varchar(20) NOT NULL CHECK (kind IN ('DECISION', 'APPEAL_DECISION')),
    language     varchar(2) NOT NULL CHECK (language IN ('fr', 'nl', 'de', 'en')),
    facts        jsonb NOT NULL,
    requested_at timestamptz NOT NULL,
    sealed_at    timestamptz,
    sealed_by    varchar(500),
    sha256       varchar(64) UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea,
    attempts     integer NOT NULL DEFAULT 0,
    last_failure varchar(1000),
    UNIQUE (case_id, kind),
    CHECK ((sealed_at IS NULL) = (content IS NULL) AND (sealed_at IS NULL) = (sha256 IS NULL))
);

-- The worker's queue: the documents still to seal, oldest first.
CREATE INDEX decision_document_to_seal ON decision_document (requested_at) WHERE sealed_at IS NULL;

-- As issued: once sealed, a document's content, hash and facts never change.
CREATE FUNCTION decision_document_as_issued() RETURNS trigger AS $$
BEGIN
    IF OLD.sealed_at IS NOT NULL THEN
        RAISE EXCEPTION 'a sealed decision document is kept as issued';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER decision_document_as_issued
    BEFORE UPDATE OR DELETE ON decision_document
    FOR EACH ROW EXECUTE FUNCTION decision_document_as_issued();
