-- The stored tally gives those who disagreed as well (弃权 is the rest of those who took part). Tallies stored before
-- are completed from their current ballots, which no longer change once a vote has closed; electors deemed to have
-- voted with the majority (silence clause) join the disagreeing when the majority disagreed.
alter table vote_tally add column disagreeing_persons bigint not null default 0;
alter table vote_tally add column disagreeing_area bigint not null default 0;

update vote_tally set
    disagreeing_persons = (select count(*) from current_ballot cb join ballot b on b.id = cb.ballot_id
        where cb.vote_id = vote_tally.vote_id and b.answer = 'DISAGREE'),
    disagreeing_area = (select coalesce(sum(e.area), 0) from current_ballot cb join ballot b on b.id = cb.ballot_id
        join vote_elector e on e.id = cb.elector_id where cb.vote_id = vote_tally.vote_id and b.answer = 'DISAGREE');

update vote_tally set disagreeing_persons = disagreeing_persons + deemed_persons,
    disagreeing_area = disagreeing_area + deemed_area
where deemed_persons > 0 and (disagreeing_persons > agreeing_persons
    or disagreeing_persons = agreeing_persons and disagreeing_area > agreeing_area);
