-- Fees (issue #19): on submission, an invoice for each fee the schedule asks, each with its own
-- Belgian structured communication (ten digits from this sequence, then the mod-97 check digits);
-- its payment status follows what the bank statements show.
CREATE SEQUENCE invoice_number START 1 MAXVALUE 9999999999;

CREATE TABLE invoice (
    id               uuid          PRIMARY KEY,
    application_id   uuid          NOT NULL REFERENCES application (id),
    kind             varchar(40)   NOT NULL,
    amount_cents     bigint        NOT NULL CHECK (amount_cents > 0),
    currency         varchar(3)    NOT NULL,
    communication    varchar(12)   NOT NULL UNIQUE CHECK (communication ~ '^[0-9]{12}$'),
    schedule_version varchar(40)   NOT NULL,
    refundable       boolean       NOT NULL,
    issued_at        timestamptz   NOT NULL,
    paid_cents       bigint        NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    status           varchar(20)   NOT NULL
        CHECK (status IN ('OPEN', 'PARTLY_PAID', 'PAID', 'CANCELLED', 'REFUND_DUE')),
    version          integer       NOT NULL DEFAULT 0
);
CREATE INDEX invoice_application ON invoice (application_id, issued_at);
