-- staff hear of what lands in their to-do as the account holding the role, home in the register or not: a
-- notification goes to a resident or to an account, once per source for each
alter table notice_notification alter column resident_id drop not null;
alter table notice_notification add column account_id bigint;
create unique index notice_notification_account_source on notice_notification (account_id, source_key);
create index notice_notification_account_inbox on notice_notification (account_id, read_at);
