-- When a moved-out resident's name, phone and ID number were removed after the retention period (个人信息保护法,
-- article 47); the row stays, with its household, gender and birth date, so figures about the past stay the same.
alter table resident add column anonymised_on date;
create index resident_moved_out_idx on resident (community_id, moved_out);
