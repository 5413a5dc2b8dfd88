-- When the account's password last changed (issue 17, item 7): a session signed in before it ends on its next
-- request, on whichever instance serves it, so a password change signs the person out everywhere else.
alter table account add column credentials_changed_at timestamp with time zone;
