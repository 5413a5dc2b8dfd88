-- A vote may decide a proposal (民事民决): when it closes, the proposal it names is adopted or not.
-- No foreign key to proposal: voting names the proposal by id only and asks deliberation about it.
alter table vote add column proposal_id bigint;
create index vote_proposal_idx on vote (proposal_id);

-- the proposal again while the vote is not closed, cleared when it closes: several NULLs are allowed by a unique
-- constraint on both H2 and PostgreSQL, so this says "at most one undecided vote per proposal" portably
alter table vote add column undecided_proposal_id bigint;
alter table vote add constraint vote_one_undecided_per_proposal unique (undecided_proposal_id);
