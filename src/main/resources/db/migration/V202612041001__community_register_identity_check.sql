-- What identity may compare a joining resident's claim with: the name and the last four characters of the ID number
-- (from the masked form the register keeps beside the encrypted one). No phone, no full ID number.

create view register_resident_check as
select r.id, r.community_id, r.household_id, r.name, right(r.id_card_masked, 4) as id_card_tail, r.moved_out
from resident r;
