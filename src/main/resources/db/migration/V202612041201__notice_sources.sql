-- a notice another module's event published: what it came from (once per source) and where to read the original
alter table notice add column source_key varchar(120);
alter table notice add column source_link varchar(200);
create unique index notice_source on notice (community_id, source_key);
