-- Who acted, in which capacity and for which agency: the events carry it (CloudEvents extensions
-- actorrole and actoragency), so that the audit ledger records it as stated instead of guessing.
ALTER TABLE outbox_event ADD COLUMN actor_role varchar(20);
ALTER TABLE outbox_event ADD COLUMN actor_agency varchar(30);
