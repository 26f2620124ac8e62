-- The public inquiry (issue #18): where a case's procedure has one, it runs once the file is
-- complete; anyone may send an observation, which counts once its sender confirms the address.
CREATE TABLE inquiry (
    case_id         uuid         PRIMARY KEY REFERENCES review_case (id),
    application_id  uuid         NOT NULL UNIQUE,
    reference       varchar(14)  NOT NULL UNIQUE,
    starts_on       date         NOT NULL,
    ends_on         date         NOT NULL,
    opened_at       timestamptz  NOT NULL,
    closed_at       timestamptz,
    version         integer      NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);

-- An observation as its sender wrote it (kept read-only, see the trigger) and the redacted copy
-- that the applicant and the public read, with who redacted it and when. The sender's network
-- address is kept only as a keyed hash, for the flood limits.
CREATE TABLE observation (
    id                  uuid          PRIMARY KEY,
    case_id             uuid          NOT NULL REFERENCES inquiry (case_id),
    received_at         timestamptz   NOT NULL,
    name                varchar(200)  NOT NULL,
    address             varchar(300)  NOT NULL,
    email               varchar(254)  NOT NULL,
    locale              varchar(2)    NOT NULL,
    stance              varchar(10)   NOT NULL CHECK (stance IN ('SUPPORT', 'NEUTRAL', 'OBJECTION')),
    topics              jsonb         NOT NULL,
    original_text       text          NOT NULL CHECK (length(original_text) <= 5000),
    document_name       varchar(200),
    document            bytea,
    document_sha256     varchar(64),
    sender_hash         varchar(64)   NOT NULL,
    token_hash          varchar(64)   NOT NULL UNIQUE,
    confirm_by          timestamptz   NOT NULL,
    confirmed_at        timestamptz,
    redacted_text       text          CHECK (length(redacted_text) <= 5000),
    redacted_by         varchar(255),
    redacted_at         timestamptz,
    published_at        timestamptz,
    version             integer       NOT NULL DEFAULT 0
);
CREATE INDEX observation_case ON observation (case_id, received_at);
CREATE INDEX observation_email ON observation (case_id, lower(email));
CREATE INDEX observation_sender ON observation (sender_hash, received_at);

-- What the sender wrote never changes: only confirmation, redaction and publication do.
CREATE FUNCTION observation_original_is_read_only() RETURNS trigger AS $$
BEGIN
  IF NEW.name IS DISTINCT FROM OLD.name OR NEW.address IS DISTINCT FROM OLD.address
     OR NEW.email IS DISTINCT FROM OLD.email OR NEW.stance IS DISTINCT FROM OLD.stance
     OR NEW.topics IS DISTINCT FROM OLD.topics OR NEW.original_text IS DISTINCT FROM OLD.original_text
     OR NEW.document IS DISTINCT FROM OLD.document OR NEW.received_at IS DISTINCT FROM OLD.received_at
     OR NEW.case_id IS DISTINCT FROM OLD.case_id THEN
    RAISE EXCEPTION 'an observation as sent is read-only';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER observation_original_read_only BEFORE UPDATE ON observation
  FOR EACH ROW EXECUTE FUNCTION observation_original_is_read_only();
CREATE FUNCTION observation_is_kept() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'an observation is never deleted';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER observation_never_deleted BEFORE DELETE ON observation
  FOR EACH ROW EXECUTE FUNCTION observation_is_kept();
