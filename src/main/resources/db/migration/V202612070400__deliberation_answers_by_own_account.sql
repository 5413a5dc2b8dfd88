-- 四议共答 by each party's own account: who answered (the account), and when staff recorded an answer or a
-- signature for a representative present without a phone (代录), for whom and by whom.
alter table meeting_answer add column answered_by_account bigint;
alter table meeting_answer add column on_behalf boolean not null default false;
alter table meeting_answer add column on_behalf_of varchar(100);
alter table meeting_signature add column recorded_by varchar(100);
