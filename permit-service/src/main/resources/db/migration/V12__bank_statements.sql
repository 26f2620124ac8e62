-- Reconciliation (issue #19): a finance officer imports the authority's ISO 20022 camt.053 bank
-- statements; each credit entry is matched to the invoice its structured communication names.
CREATE TABLE bank_statement (
    id             uuid          PRIMARY KEY,
    statement_id   varchar(35)   NOT NULL,
    account        varchar(34),
    sha256         varchar(64)   NOT NULL,
    imported_at    timestamptz   NOT NULL,
    imported_by    varchar(255)  NOT NULL,
    entries        integer       NOT NULL CHECK (entries >= 0)
);

-- One credit (a payment) as the bank booked it, and what it did: matched in full, in part, in
-- excess, to an invoice no longer due, to no known invoice, or a duplicate of one seen before.
CREATE TABLE bank_payment (
    id               uuid          PRIMARY KEY,
    statement_id     uuid          NOT NULL REFERENCES bank_statement (id),
    entry_reference  varchar(140)  NOT NULL,
    booked_on        date          NOT NULL,
    amount_cents     bigint        NOT NULL CHECK (amount_cents > 0),
    currency         varchar(3)    NOT NULL,
    communication    varchar(140),
    debtor           varchar(140),
    invoice_id       uuid          REFERENCES invoice (id),
    outcome          varchar(20)   NOT NULL
        CHECK (outcome IN ('MATCHED', 'PARTIAL', 'EXCESS', 'NOT_DUE', 'UNKNOWN', 'DUPLICATE')),
    excess_cents     bigint        NOT NULL DEFAULT 0 CHECK (excess_cents >= 0),
    resolved_at      timestamptz,
    resolved_by      varchar(255),
    resolution       text          CHECK (length(resolution) <= 2000),
    version          integer       NOT NULL DEFAULT 0
);
-- A booked entry counts once: a second sighting is recorded as a duplicate, never applied.
CREATE UNIQUE INDEX bank_payment_once ON bank_payment (entry_reference) WHERE outcome <> 'DUPLICATE';
CREATE INDEX bank_payment_attention ON bank_payment (outcome, resolved_at);
