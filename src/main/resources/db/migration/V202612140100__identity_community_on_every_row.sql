-- Every row of an account carries the account's community, so that a city-scale installation can distribute the
-- schema by community (docs/operations.md, "Past one database"). Every account belongs to one community (its home:
-- the one its pages are read in; a subdistrict officer's is a community of the subdistrict): the only account opened
-- without one was a first administrator of an installation with no community yet, who now belongs to the first.

update account set community_id = (select min(id) from community) where community_id is null;
alter table account alter column community_id set not null;

alter table account_role add column community_id bigint;
update account_role set community_id = (select a.community_id from account a where a.id = account_role.account_id);
alter table account_role alter column community_id set not null;
alter table account_role add constraint account_role_community foreign key (community_id) references community (id);

alter table account_session add column community_id bigint;
update account_session set community_id = (select a.community_id from account a where a.id = account_session.account_id);
alter table account_session alter column community_id set not null;
alter table account_session add constraint account_session_community foreign key (community_id) references community (id);

alter table api_token add column community_id bigint;
update api_token set community_id = (select a.community_id from account a where a.id = api_token.account_id);
alter table api_token alter column community_id set not null;
alter table api_token add constraint api_token_community foreign key (community_id) references community (id);

alter table password_reset add column community_id bigint;
update password_reset set community_id = (select a.community_id from account a where a.id = password_reset.account_id);
alter table password_reset alter column community_id set not null;
alter table password_reset add constraint password_reset_community foreign key (community_id) references community (id);

alter table household_code_use add column community_id bigint;
update household_code_use set community_id = (select c.community_id from household_code c where c.id = household_code_use.code_id);
alter table household_code_use alter column community_id set not null;
alter table household_code_use add constraint household_code_use_community foreign key (community_id) references community (id);

