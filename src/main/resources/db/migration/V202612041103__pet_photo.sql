-- A pet's photo (the latest uploaded), kept in the photo store; the row holds its key and kind.
alter table pet add column photo_key varchar(200);
alter table pet add column photo_type varchar(20);
