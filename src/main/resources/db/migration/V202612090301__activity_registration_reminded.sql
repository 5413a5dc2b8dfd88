-- when the registration's reminder before its event went out: set once, by whichever instance claimed it
alter table activity_registration add column reminded_at timestamp with time zone;
