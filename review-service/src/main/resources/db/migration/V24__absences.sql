-- Reviewers away: from the first to the last day (Brussels dates), the steps they hold are with
-- their delegate, a reviewer of the same agency, and come back after. A step handed over for an
-- absence names the absent reviewer (standing_in_for) until it comes back or someone claims it.
CREATE TABLE absence (
    id          uuid         PRIMARY KEY,
    reviewer    varchar(255) NOT NULL,
    agency      varchar(40)  NOT NULL,
    delegate    varchar(255) NOT NULL CHECK (delegate <> reviewer),
    first_day   date         NOT NULL,
    last_day    date         NOT NULL CHECK (last_day >= first_day - 1),
    state       varchar(10)  NOT NULL CHECK (state IN ('PLANNED', 'ACTIVE', 'OVER')),
    declared_at timestamptz  NOT NULL,
    ended_at    timestamptz
);
CREATE INDEX absence_reviewer ON absence (reviewer, last_day);
CREATE INDEX absence_agency ON absence (agency, last_day) WHERE state <> 'OVER';
CREATE INDEX absence_due ON absence (first_day) WHERE state = 'PLANNED';
CREATE INDEX absence_to_end ON absence (last_day) WHERE state = 'ACTIVE';

ALTER TABLE review_step ADD COLUMN standing_in_for varchar(255);
CREATE INDEX review_step_held ON review_step (assignee) WHERE assignee IS NOT NULL;
