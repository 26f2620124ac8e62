-- Working a step: who holds it, what was decided, and the clock that a request for information
-- stops.
ALTER TABLE review_step
    ADD COLUMN assignee           varchar(255),
    ADD COLUMN decision           varchar(30),
    ADD COLUMN conditions         jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN reasons            jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN decided_at         timestamptz,
    ADD COLUMN decided_by         varchar(255),
    ADD COLUMN clock_stopped_on   date,
    ADD COLUMN open_request_id    uuid,
    ADD COLUMN reviewed_revision  integer NOT NULL DEFAULT 1;
