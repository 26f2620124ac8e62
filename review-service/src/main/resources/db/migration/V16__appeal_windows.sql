-- Each appellant's last day, kept as computed on the day of the decision: a later version of the
-- procedures moves no window already running.
ALTER TABLE review_case ADD COLUMN appeal_windows jsonb;

-- Cases decided before the appeal existed: the decision in force, from the deciding authority's
-- step, so that a decision still within its window can be appealed. Their windows are computed
-- from the day of the decision when first asked.
UPDATE review_case c
   SET decided_on = (s.decided_at AT TIME ZONE 'Europe/Brussels')::date,
       decision_outcome = CASE
           WHEN s.decision = 'REJECT' THEN 'REJECTED'
           WHEN s.decision = 'APPROVE_WITH_CONDITIONS'
             OR EXISTS (SELECT 1 FROM review_step o
                         WHERE o.case_id = c.id AND jsonb_array_length(o.conditions) > 0)
             THEN 'APPROVED_WITH_CONDITIONS'
           ELSE 'APPROVED' END,
       decision_conditions = CASE WHEN s.decision = 'REJECT' THEN '[]'::jsonb ELSE
           COALESCE((SELECT jsonb_agg(DISTINCT x) FROM review_step o,
                            jsonb_array_elements_text(o.conditions) AS x
                      WHERE o.case_id = c.id), '[]'::jsonb) END
  FROM review_step s
 WHERE s.case_id = c.id
   AND s.agency = 'DECIDING_AUTHORITY'
   AND s.status = 'DECIDED'
   AND c.status = 'CONCLUDED'
   AND c.decided_on IS NULL;

-- What an appellant sent, and how it was confirmed, never changes; a lodged appeal stays lodged.
CREATE OR REPLACE FUNCTION appeal_as_sent_is_read_only() RETURNS trigger AS $$
BEGIN
  IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.capacity IS DISTINCT FROM OLD.capacity
     OR NEW.sent_at IS DISTINCT FROM OLD.sent_at OR NEW.name IS DISTINCT FROM OLD.name
     OR NEW.address IS DISTINCT FROM OLD.address OR NEW.email IS DISTINCT FROM OLD.email
     OR NEW.locale IS DISTINCT FROM OLD.locale
     OR NEW.interest IS DISTINCT FROM OLD.interest OR NEW.grounds IS DISTINCT FROM OLD.grounds
     OR NEW.document IS DISTINCT FROM OLD.document OR NEW.document_name IS DISTINCT FROM OLD.document_name
     OR NEW.document_sha256 IS DISTINCT FROM OLD.document_sha256
     OR NEW.fee_proof IS DISTINCT FROM OLD.fee_proof OR NEW.fee_proof_name IS DISTINCT FROM OLD.fee_proof_name
     OR NEW.fee_proof_sha256 IS DISTINCT FROM OLD.fee_proof_sha256
     OR NEW.sender_hash IS DISTINCT FROM OLD.sender_hash OR NEW.token_hash IS DISTINCT FROM OLD.token_hash
     OR NEW.confirm_by IS DISTINCT FROM OLD.confirm_by
     OR (OLD.lodged_at IS NOT NULL AND NEW.lodged_at IS DISTINCT FROM OLD.lodged_at) THEN
    RAISE EXCEPTION 'an appeal as sent is read-only';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
