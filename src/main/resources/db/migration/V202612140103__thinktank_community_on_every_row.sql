-- A talent's skills carry the talent's community (docs/operations.md, "Past one database").

alter table thinktank_talent_skill add column community_id bigint;
update thinktank_talent_skill set community_id = (select t.community_id from thinktank_talent t where t.id = thinktank_talent_skill.talent_id);
alter table thinktank_talent_skill alter column community_id set not null;
alter table thinktank_talent_skill add constraint thinktank_talent_skill_community foreign key (community_id) references community (id);

