-- A care pair carries its recipient's community (docs/operations.md, "Past one database").

alter table volunteer_care_pair add column community_id bigint;
update volunteer_care_pair set community_id = (select r.community_id from volunteer_care_recipient r where r.id = volunteer_care_pair.recipient_id);
alter table volunteer_care_pair alter column community_id set not null;
alter table volunteer_care_pair add constraint volunteer_care_pair_community foreign key (community_id) references community (id);

