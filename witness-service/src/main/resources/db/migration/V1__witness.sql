-- What this witness vouched for: per log, the latest checkpoint it cosigned (the row every check
-- locks), every cosignature it gave, and every checkpoint it refused, and why.
CREATE TABLE witnessed_log (
    origin      varchar(200) PRIMARY KEY,
    tree_size   bigint       NOT NULL,
    root_hash   bytea        NOT NULL,
    cosigned_at timestamptz  NOT NULL
);
CREATE TABLE cosignature (
    origin      varchar(200) NOT NULL,
    tree_size   bigint       NOT NULL,
    root_hash   bytea        NOT NULL,
    note        text         NOT NULL,
    line        varchar(400) NOT NULL,
    cosigned_at timestamptz  NOT NULL,
    PRIMARY KEY (origin, tree_size)
);
CREATE TABLE refusal (
    id         uuid         PRIMARY KEY,
    origin     varchar(200) NOT NULL,
    tree_size  bigint       NOT NULL,
    root_hash  bytea,
    reason     varchar(20)  NOT NULL,
    detail     varchar(500) NOT NULL,
    refused_at timestamptz  NOT NULL
);
CREATE INDEX refusal_time ON refusal (refused_at);
