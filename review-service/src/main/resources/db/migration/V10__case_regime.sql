-- The procedure a case runs under (procedure/regimes.json) and the version of those procedures,
-- as the routing rules chose it at opening (issue #18). Cases opened before have none.
ALTER TABLE review_case ADD COLUMN regime varchar(60);
ALTER TABLE review_case ADD COLUMN regime_version varchar(40);
