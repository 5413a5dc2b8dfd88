-- The register's households, published like the other register_* views: which home each is in and whether it still
-- exists, so that a vote can count one elector per household. No phone numbers, no ID numbers.

create view register_household as
select h.id, h.community_id, h.unit_id, u.stairwell_id, h.formed_on, h.dissolved_on
from household h join unit u on u.id = h.unit_id;
