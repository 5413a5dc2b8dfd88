-- A vote announces until when residents may vote (表决期限). Votes set up before this have none and stay open until
-- closed by hand; every new vote has one, and the closing job looks for open votes past it.
alter table vote add column closes_at timestamp with time zone;
create index vote_open_closes_idx on vote (state, closes_at);
