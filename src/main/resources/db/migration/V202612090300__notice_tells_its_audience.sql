-- a notice staff publish tells the inboxes of its audience once, when it goes up: whether it still has to
-- (claimed by one instance), when it did, and whose inbox it skips (the author's own home, if any)
alter table notice add column audience_pending boolean not null default false;
alter table notice add column audience_told_at timestamp with time zone;
alter table notice add column author_resident_id bigint;
create index notice_audience_pending on notice (audience_pending, publish_at);
