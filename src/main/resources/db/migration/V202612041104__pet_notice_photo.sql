-- A lost or found pet's notice may carry a photo, as a paper notice on the stairwell door would.
alter table pet_notice add column photo_key varchar(200);
alter table pet_notice add column photo_type varchar(40);
