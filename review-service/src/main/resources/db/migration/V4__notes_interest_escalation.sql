-- The revision an agency last acted on (decided it, or asked about it), so that its reviewers see
-- what changed since; and the escalation of an overdue step, done once.
ALTER TABLE review_step
    ADD COLUMN acted_on_revision integer,
    ADD COLUMN escalated_at      timestamptz;

-- The overdue job's search: undecided steps past their deadline that are not escalated yet.
CREATE INDEX review_step_overdue ON review_step (due_date)
    WHERE escalated_at IS NULL AND status IN ('OPEN', 'PROPOSED');

-- Conflict of interest: before deciding or confirming a step, a reviewer declares none, or
-- recuses. A recusal is final for that reviewer and step.
CREATE TABLE interest_declaration (
    step_id     uuid          NOT NULL REFERENCES review_step (id),
    reviewer    varchar(255)  NOT NULL,
    conflict    boolean       NOT NULL,
    reason      varchar(1000),
    declared_at timestamptz   NOT NULL,
    PRIMARY KEY (step_id, reviewer)
);

-- Notes on a case. AGENCY notes are classified: they never leave the agency (no event, no
-- notification, no log); REVIEWERS notes are for every agency on the case; APPLICANT notes are
-- also sent to the applicant.
CREATE TABLE review_note (
    id          uuid          PRIMARY KEY,
    case_id     uuid          NOT NULL REFERENCES review_case (id),
    step_id     uuid          REFERENCES review_step (id),
    agency      varchar(30)   NOT NULL,
    author      varchar(255)  NOT NULL,
    author_name varchar(200),
    visibility  varchar(20)   NOT NULL CHECK (visibility IN ('AGENCY', 'REVIEWERS', 'APPLICANT')),
    text        varchar(4000) NOT NULL,
    written_at  timestamptz   NOT NULL
);
CREATE INDEX review_note_case ON review_note (case_id, written_at);

-- Reviewers this service has seen, by agency: the people a step can be reassigned to.
CREATE TABLE reviewer (
    subject   varchar(255) PRIMARY KEY,
    name      varchar(200),
    agency    varchar(30)  NOT NULL,
    last_seen timestamptz  NOT NULL
);
CREATE INDEX reviewer_agency ON reviewer (agency, name);

-- The site's name, for the queue, without reading each case's revision.
ALTER TABLE review_case ADD COLUMN site_name varchar(200);
UPDATE review_case c SET site_name = (
    SELECT r.data -> 'site' ->> 'name' FROM case_revision r
    WHERE r.case_id = c.id AND r.revision = c.revision);
