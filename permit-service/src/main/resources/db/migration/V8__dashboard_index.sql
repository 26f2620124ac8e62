-- The applicant's dashboard lists their applications last changed first, a page at a time: this
-- index gives the first page without sorting every application of the organisation (a frequent
-- applicant has thousands; issue #16).
CREATE INDEX application_owner_changed ON application (owner_key, updated_at DESC, id);
