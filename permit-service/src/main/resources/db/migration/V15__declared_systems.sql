-- Systems were a list of names in the data section; each is now declared whole (operator,
-- hosting, administration, data held and where, transfers, compelling laws) in its own section.
-- Names already given become systems that name themselves only, in drafts and in the revisions
-- frozen so far, so that the history reads the same way as new revisions.
ALTER TABLE application ADD COLUMN declared_systems jsonb NOT NULL DEFAULT '[]';
UPDATE application
   SET declared_systems = (SELECT coalesce(jsonb_agg(jsonb_build_object('name', name)), '[]')
                             FROM jsonb_array_elements_text(it_systems) AS name)
 WHERE jsonb_array_length(it_systems) > 0;
ALTER TABLE application DROP COLUMN it_systems;
ALTER TABLE application ADD COLUMN customs_declarations_per_year bigint;

UPDATE application_revision
   SET form = jsonb_set(form #- '{data,systems}', '{systems}',
                        (SELECT coalesce(jsonb_agg(jsonb_build_object('name', name)), '[]')
                           FROM jsonb_array_elements_text(form -> 'data' -> 'systems') AS name))
 WHERE jsonb_typeof(form -> 'data' -> 'systems') = 'array';
