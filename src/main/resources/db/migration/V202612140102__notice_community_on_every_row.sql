-- Who read a notice carries the notice's community (docs/operations.md, "Past one database").

alter table notice_read add column community_id bigint;
update notice_read set community_id = (select n.community_id from notice n where n.id = notice_read.notice_id);
alter table notice_read alter column community_id set not null;
alter table notice_read add constraint notice_read_community foreign key (community_id) references community (id);

