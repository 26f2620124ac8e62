-- Reviewers away, as review-service records them: from the first to the last day, their
-- notifications also go to their delegate.
CREATE TABLE reviewer_absence (
    absence_id  uuid         PRIMARY KEY,
    agency      varchar(40)  NOT NULL,
    reviewer    varchar(255) NOT NULL,
    delegate    varchar(255) NOT NULL,
    first_day   date         NOT NULL,
    last_day    date         NOT NULL,
    recorded_at timestamptz  NOT NULL
);
CREATE INDEX reviewer_absence_reviewer ON reviewer_absence (reviewer, last_day);
