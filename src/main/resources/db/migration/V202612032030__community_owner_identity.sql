-- Owners are persons (最高法 建筑物区分所有权解释 第9条 merges units only when they belong to the same owner).
-- An owner who does not live here is identified by their ID number (encrypted, with the keyed digest that finds
-- the same person again); an owner who lives here by their resident row, and through it by the resident's ID
-- number, so that the same person on file both ways is one person. An owner with neither is a person of their
-- own unit, listed for staff to complete; existing owners without an identity become exactly that.
alter table unit_owner add column id_card_cipher varchar(200);
alter table unit_owner add column id_card_digest varchar(64);
alter table unit_owner add column id_card_masked varchar(18);
create index unit_owner_id_digest_idx on unit_owner (community_id, id_card_digest);

-- person_key: the identity two owner rows share when they are the same person; null when none is on file.
-- vacant: a unit no household lives in (the developer's unsold units, flats standing empty).
drop view register_owner;
create view register_owner as
select o.id, o.community_id, o.unit_id, o.resident_id, o.owner_name, o.owned_from, o.owned_until,
       case when coalesce(o.id_card_digest, r.id_card_digest) is not null
            then concat('I:', coalesce(o.id_card_digest, r.id_card_digest))
            when o.resident_id is not null then concat('R:', o.resident_id) end as person_key
from unit_owner o left join resident r on r.id = o.resident_id;

drop view register_unit;
create view register_unit as
select u.id, u.community_id, u.stairwell_id, u.room, u.floor, u.usage, u.register_area, u.survey_area,
       u.contract_area, u.developer_held,
       not exists (select 1 from household h where h.unit_id = u.id and h.dissolved_on is null) as vacant
from unit u;
