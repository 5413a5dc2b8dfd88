-- Unverified accounts may comment (issue 8): a comment names the account that wrote it; a resident only when the
-- account is linked to one.
alter table proposal_comment alter column author_resident_id drop not null;
alter table proposal_comment add column author_account_id bigint;
