-- The rest of the application: the project's particulars, and its data, IT and customs status.
ALTER TABLE application
    ADD COLUMN project_kind               varchar(20),
    ADD COLUMN height_metres              numeric(5, 2),
    ADD COLUMN investment_eur             bigint,
    ADD COLUMN jobs                       integer,
    ADD COLUMN environmental_class        integer,
    ADD COLUMN operates_around_the_clock  boolean,
    ADD COLUMN hazardous_goods            boolean,
    ADD COLUMN it_systems                 jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN data_categories            jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN third_country_transfers    jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN foreign_laws               jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN certifications             jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN aeo_number                 varchar(35),
    ADD COLUMN bonded_warehouse           boolean;
