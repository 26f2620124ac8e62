-- The appeal (issue #18): after the decision, the people the case's procedure names may appeal
-- within its window; the appeal authority decides, and its decision replaces the first.

-- The decision as it stands (replaced on appeal), the day it was notified and posted, from which
-- the windows run, and the last day anyone may appeal.
ALTER TABLE review_case ADD COLUMN decided_on date;
ALTER TABLE review_case ADD COLUMN decision_outcome varchar(30);
ALTER TABLE review_case ADD COLUMN decision_conditions jsonb NOT NULL DEFAULT '[]';
ALTER TABLE review_case ADD COLUMN appeal_until date;
ALTER TABLE review_case ADD COLUMN decided_on_appeal boolean NOT NULL DEFAULT false;

-- An appeal as its appellant sent it (kept read-only, see the trigger). It is lodged once its
-- sender confirms the address; the sender's network address is kept only as a keyed hash.
CREATE TABLE appeal (
    id                  uuid          PRIMARY KEY,
    case_id             uuid          NOT NULL REFERENCES review_case (id),
    capacity            varchar(20)   NOT NULL CHECK (capacity IN ('APPLICANT', 'OFFICIALS', 'THIRD_PARTIES')),
    sent_at             timestamptz   NOT NULL,
    name                varchar(200)  NOT NULL,
    address             varchar(300)  NOT NULL,
    email               varchar(254)  NOT NULL,
    locale              varchar(2)    NOT NULL,
    interest            text          NOT NULL CHECK (length(interest) <= 2000),
    grounds             text          NOT NULL CHECK (length(grounds) <= 10000),
    document_name       varchar(200),
    document            bytea,
    document_sha256     varchar(64),
    fee_proof_name      varchar(200),
    fee_proof           bytea,
    fee_proof_sha256    varchar(64),
    sender_hash         varchar(64)   NOT NULL,
    token_hash          varchar(64)   NOT NULL UNIQUE,
    confirm_by          timestamptz   NOT NULL,
    lodged_at           timestamptz,
    version             integer       NOT NULL DEFAULT 0
);
CREATE INDEX appeal_case ON appeal (case_id, sent_at);
CREATE INDEX appeal_email ON appeal (case_id, lower(email));
CREATE INDEX appeal_sender ON appeal (sender_hash, sent_at);

-- What the appellant sent never changes: only its lodging does.
CREATE FUNCTION appeal_as_sent_is_read_only() RETURNS trigger AS $$
BEGIN
  IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.capacity IS DISTINCT FROM OLD.capacity
     OR NEW.sent_at IS DISTINCT FROM OLD.sent_at OR NEW.name IS DISTINCT FROM OLD.name
     OR NEW.address IS DISTINCT FROM OLD.address OR NEW.email IS DISTINCT FROM OLD.email
     OR NEW.interest IS DISTINCT FROM OLD.interest OR NEW.grounds IS DISTINCT FROM OLD.grounds
     OR NEW.document IS DISTINCT FROM OLD.document OR NEW.fee_proof IS DISTINCT FROM OLD.fee_proof THEN
    RAISE EXCEPTION 'an appeal as sent is read-only';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER appeal_as_sent_read_only BEFORE UPDATE ON appeal
  FOR EACH ROW EXECUTE FUNCTION appeal_as_sent_is_read_only();
CREATE FUNCTION appeal_is_kept() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'an appeal is never deleted';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER appeal_never_deleted BEFORE DELETE ON appeal
  FOR EACH ROW EXECUTE FUNCTION appeal_is_kept();
