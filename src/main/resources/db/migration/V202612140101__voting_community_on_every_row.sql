-- Every row of a vote carries the vote's community (a ballot's options, the ballot's), so that a city-scale
-- installation can distribute the schema by community (docs/operations.md, "Past one database").

alter table vote_option add column community_id bigint;
update vote_option set community_id = (select v.community_id from vote v where v.id = vote_option.vote_id);
alter table vote_option alter column community_id set not null;
alter table vote_option add constraint vote_option_community foreign key (community_id) references community (id);

alter table vote_scope add column community_id bigint;
update vote_scope set community_id = (select v.community_id from vote v where v.id = vote_scope.vote_id);
alter table vote_scope alter column community_id set not null;
alter table vote_scope add constraint vote_scope_community foreign key (community_id) references community (id);

alter table vote_elector_unit add column community_id bigint;
update vote_elector_unit set community_id = (select v.community_id from vote v where v.id = vote_elector_unit.vote_id);
alter table vote_elector_unit alter column community_id set not null;
alter table vote_elector_unit add constraint vote_elector_unit_community foreign key (community_id) references community (id);

alter table vote_elector_member add column community_id bigint;
update vote_elector_member set community_id = (select v.community_id from vote v where v.id = vote_elector_member.vote_id);
alter table vote_elector_member alter column community_id set not null;
alter table vote_elector_member add constraint vote_elector_member_community foreign key (community_id) references community (id);

alter table current_ballot add column community_id bigint;
update current_ballot set community_id = (select v.community_id from vote v where v.id = current_ballot.vote_id);
alter table current_ballot alter column community_id set not null;
alter table current_ballot add constraint current_ballot_community foreign key (community_id) references community (id);

alter table ballot_delivery add column community_id bigint;
update ballot_delivery set community_id = (select v.community_id from vote v where v.id = ballot_delivery.vote_id);
alter table ballot_delivery alter column community_id set not null;
alter table ballot_delivery add constraint ballot_delivery_community foreign key (community_id) references community (id);

alter table vote_canvass add column community_id bigint;
update vote_canvass set community_id = (select v.community_id from vote v where v.id = vote_canvass.vote_id);
alter table vote_canvass alter column community_id set not null;
alter table vote_canvass add constraint vote_canvass_community foreign key (community_id) references community (id);

alter table vote_tally add column community_id bigint;
update vote_tally set community_id = (select v.community_id from vote v where v.id = vote_tally.vote_id);
alter table vote_tally alter column community_id set not null;
alter table vote_tally add constraint vote_tally_community foreign key (community_id) references community (id);

alter table ballot_option add column community_id bigint;
update ballot_option set community_id = (select b.community_id from ballot b where b.id = ballot_option.ballot_id);
alter table ballot_option alter column community_id set not null;
alter table ballot_option add constraint ballot_option_community foreign key (community_id) references community (id);

