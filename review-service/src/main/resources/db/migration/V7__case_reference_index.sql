-- The auditor console and the desk find a case by its whole reference.
CREATE INDEX review_case_reference ON review_case (reference);
