-- 代办: a registration made (or cancelled) for a resident without a phone by staff or a verified volunteer, with the
-- resident's consent. The resident is the registrant; these columns say who helped and how the resident agreed.
alter table activity_registration add column on_behalf_by_account bigint;
alter table activity_registration add column on_behalf_by_name varchar(100);
alter table activity_registration add column consent_method varchar(20);
alter table activity_registration add column consent_note varchar(500);
alter table activity_registration add column cancelled_on_behalf_by_account bigint;
alter table activity_registration add column cancel_consent_method varchar(20);
alter table activity_registration add column cancel_consent_note varchar(500);
