-- The number of ballots of a vote is counted from its current ballots where it is shown (the vote list), not kept on
-- the vote's row: incrementing it made every ballot of a vote wait for the one before to commit (docs/performance.md,
-- "Ballots, registrations and pledges"). Ballots now hold the vote's row shared (Votes.admitBallot).
alter table vote drop column ballots_cast;
