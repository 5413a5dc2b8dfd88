-- The register's published read model. Other modules read the register through these views (or through the
-- community module's Java API), never through its tables, so the register can change without breaking them.
-- They carry what others need to place and count things; no phone numbers, no ID numbers.

create view register_community as
select c.id, c.code, c.name, c.subdistrict from community c;

create view register_zone as
select z.id, z.community_id, z.code, z.name from zone z;

create view register_building as
select b.id, b.community_id, b.zone_id, b.number, b.floors from building b;

create view register_grid as
select g.id, g.community_id, g.number, g.name, g.grid_branch_id, gb.number as branch_number,
       gb.name as branch_name
from grid g join grid_branch gb on gb.id = g.grid_branch_id;

create view register_branch as
select gb.id, gb.community_id, gb.number, gb.name, gb.secretary_resident_id from grid_branch gb;

create view register_stairwell as
select s.id, s.community_id, s.code, s.unit_number, s.building_id, b.number as building_number, b.zone_id,
       s.grid_id, g.number as grid_number, g.grid_branch_id, s.party_group_id
from stairwell s join building b on b.id = s.building_id join grid g on g.id = s.grid_id;

create view register_unit as
select u.id, u.community_id, u.stairwell_id, u.room, u.floor, u.usage, u.register_area, u.survey_area,
       u.contract_area, u.developer_held
from unit u;

-- every residence, current (moved_out is null) and past, with the home it was in
create view register_resident as
select r.id, r.community_id, r.household_id, h.unit_id, u.stairwell_id, r.name, r.gender, r.birth_date,
       r.party_member, r.relation, r.residence_type, r.moved_in, r.moved_out
from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id;

create view register_owner as
select o.id, o.community_id, o.unit_id, o.resident_id, o.owner_name, o.owned_from, o.owned_until
from unit_owner o;

create view register_party_volunteer as
select v.id, v.community_id, v.party_group_id, v.resident_id, v.stairwell_id from party_volunteer v;
