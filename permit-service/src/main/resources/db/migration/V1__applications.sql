CREATE TABLE application (
    id                       uuid PRIMARY KEY,
    owner_key                varchar(300) NOT NULL,
    created_by               varchar(255) NOT NULL,
    status                   varchar(30)  NOT NULL,
    reference                varchar(20)  UNIQUE,
    revision                 integer      NOT NULL DEFAULT 0,
    applicant_name           varchar(200),
    applicant_email          varchar(254),
    applicant_locale         varchar(2)   NOT NULL,
    org_legal_name           varchar(200),
    org_enterprise_number    varchar(10),
    org_country              varchar(2),
    org_parent               varchar(200),
    org_parent_country       varchar(2),
    org_non_eu_voting_share  numeric(5, 2),
    site_name                varchar(200),
    site_address             varchar(300),
    site_municipality        varchar(100),
    site_parcels             jsonb        NOT NULL DEFAULT '[]',
    site_airside_access      boolean,
    current_floor_area       integer,
    requested_floor_area     integer,
    storage_countries        jsonb        NOT NULL DEFAULT '[]',
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    submitted_at             timestamptz,
    version                  integer      NOT NULL DEFAULT 0
);
-- An applicant's dashboard: own applications, newest first.
CREATE INDEX application_owner ON application (owner_key, created_at DESC);

-- Reference numbers PA-<year>-<6 digits>, counted per year without gaps from concurrent submits.
CREATE TABLE reference_counter (
    year       integer PRIMARY KEY,
    last_value integer NOT NULL
);
