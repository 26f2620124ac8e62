-- Appeals lodged before the fee was invoiced (issue #19) were lodged with a proof that the fee was
-- paid, which the appeal form required then: they count as paid, without an invoice, so that the
-- appeal authority is not held by a fee nobody will ever ask for.
ALTER TABLE appeal_fee_paid ALTER COLUMN invoice_id DROP NOT NULL;

INSERT INTO appeal_fee_paid (appeal_id, invoice_id, paid_at)
SELECT id, NULL, lodged_at
FROM appeal
WHERE lodged_at IS NOT NULL AND fee_proof IS NOT NULL
ON CONFLICT (appeal_id) DO NOTHING;
