-- Issue 14: the dashboard and the register's figures read one community's rows of these tables at a time. Without an
-- index that leads with community_id, PostgreSQL scanned the whole district's rows for each community (measured
-- with 60 generated communities: household, ballot, current_ballot, proposal_support and proposal_comment were read
-- whole for one community's dashboard, 1.8 times slower than with one community). With these, one community's
-- figures cost the same whatever the number of communities (docs/performance.md).
create index household_community_idx on household (community_id);
create index unit_community_idx on unit (community_id);
create index stairwell_community_idx on stairwell (community_id);
create index ballot_cast_idx on ballot (community_id, cast_at);
create index current_ballot_community_idx on current_ballot (community_id, ballot_id);
create index vote_elector_community_idx on vote_elector (community_id);
create index proposal_support_community_idx on proposal_support (community_id, supported_at);
create index proposal_comment_community_idx on proposal_comment (community_id, created_at);
create index proposal_objection_community_idx on proposal_objection (community_id, created_at);
create index case_event_community_idx on case_event (community_id);
create index patrol_check_community_idx on patrol_check (community_id);
create index renewal_pledge_community_idx on renewal_pledge (community_id);
create index renewal_ledger_entry_community_idx on renewal_ledger_entry (community_id);
create index party_volunteer_community_idx on party_volunteer (community_id);
