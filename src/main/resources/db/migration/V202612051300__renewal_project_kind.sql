-- What kind of work a project is, so that the public board can be filtered by it (lights, sheds, gardens, ...).
alter table renewal_project add column kind varchar(20) not null default 'OTHER';
create index renewal_project_kind on renewal_project (community_id, kind);
