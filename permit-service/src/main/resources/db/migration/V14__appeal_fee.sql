-- The appeal fee (issue #19): invoiced once an appeal is lodged, to its appellant, who may have no
-- account; one invoice per appeal. The applicant's file does not list other people's appeal fees.
ALTER TABLE invoice
    ADD COLUMN appeal_id    uuid UNIQUE,
    ADD COLUMN payer_name   varchar(200),
    ADD COLUMN payer_email  varchar(254),
    ADD COLUMN payer_locale varchar(2),
    ADD CONSTRAINT invoice_appeal_has_payer
        CHECK (appeal_id IS NULL OR (payer_email IS NOT NULL AND payer_locale IS NOT NULL));
