-- Four-eyes: on sensitive steps one reviewer proposes a decision and another confirms it.
ALTER TABLE review_step ADD COLUMN proposed_by varchar(255);
