-- One row per owners' vote that maintenance-fund lines draw on: a line added for the vote first locks its row, so two
-- lines added at the same moment on different projects cannot together pass what the owners approved.
create table renewal_fund_vote (
    community_id bigint not null,
    vote_id bigint not null,
    primary key (community_id, vote_id)
);

insert into renewal_fund_vote (community_id, vote_id)
select distinct community_id, vote_id from renewal_funding_line where vote_id is not null;
