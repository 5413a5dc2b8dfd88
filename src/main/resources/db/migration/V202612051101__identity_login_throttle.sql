-- Sign-in throttling (issue 17, item 5): one row per user name as typed (known or not, so that unknown names are
-- throttled and answered like known ones) and one per client address. attempts counts the password checks claimed in
-- the current window, before they are made, so that parallel guesses cannot all be checked; a user name's row locks
-- for a short time that doubles with each lock in a row (lock_count).
create table login_throttle (
    throttle_key varchar(200) primary key,
    attempts int not null default 0,
    window_started timestamp with time zone not null,
    locked_until timestamp with time zone,
    lock_count int not null default 0
);
