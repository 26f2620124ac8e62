-- An appeal's fee, paid (issue #19): permit-service invoices the fee once the appeal is lodged and
-- tells, with permit.fee-paid.v1, when the bank statement shows it paid. The appeal authority
-- decides once every lodged appeal that owes the fee has paid it. Written once per appeal.
CREATE TABLE appeal_fee_paid (
    appeal_id  uuid PRIMARY KEY REFERENCES appeal (id),
    invoice_id uuid NOT NULL UNIQUE,
    paid_at    timestamptz NOT NULL
);
