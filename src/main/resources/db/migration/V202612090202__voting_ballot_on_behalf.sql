-- 代办: a paper or door-to-door ballot a helper entered for a resident who asked them (not the statutory proxy with a
-- written authorisation, which keeps proxy_name and authorisation_ref): who helped and how the resident agreed.
alter table ballot add column on_behalf_by_account bigint;
alter table ballot add column on_behalf_by_name varchar(100);
alter table ballot add column consent_method varchar(20);
alter table ballot add column consent_note varchar(500);
