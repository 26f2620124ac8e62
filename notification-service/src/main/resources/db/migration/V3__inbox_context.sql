-- A message in the inbox says on which application, where to act, by when, and the questions,
-- conditions or reasons it is about, not only its subject line.
ALTER TABLE notification
    ADD COLUMN reference varchar(14),
    ADD COLUMN link_path varchar(300),
    ADD COLUMN due_date  date,
    ADD COLUMN items     jsonb NOT NULL DEFAULT '[]';
