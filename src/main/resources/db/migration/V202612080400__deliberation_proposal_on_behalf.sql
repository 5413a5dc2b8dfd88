-- 代办: a proposal raised for a resident without a phone by staff or a verified volunteer, with the resident's consent.
alter table proposal add column on_behalf_by_account bigint;
alter table proposal add column on_behalf_by_name varchar(100);
alter table proposal add column consent_method varchar(20);
alter table proposal add column consent_note varchar(500);
