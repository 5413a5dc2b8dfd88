-- The identity module's published read of accounts: who signs in under which name and which resident they are.
-- No password hashes, no lock state, no roles; other modules name this view, never the account table.

create view identity_account as
select a.id, a.community_id, a.username, a.display_name, a.resident_id from account a;
