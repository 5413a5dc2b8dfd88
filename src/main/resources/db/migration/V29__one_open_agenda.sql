-- A proposal is on the agenda of at most one meeting still to be held: that agenda row carries the proposal's id in
-- open_proposal_id, unique (several NULLs pass on H2 and PostgreSQL alike); the mark is released once the meeting
-- has been held. Existing rows: the newest agenda row of each proposal among meetings without attendance.
alter table meeting_agenda add column open_proposal_id bigint;

update meeting_agenda set open_proposal_id = proposal_id
where not exists (select 1 from meeting_attendance t where t.meeting_id = meeting_agenda.meeting_id)
  and meeting_id = (select max(a.meeting_id) from meeting_agenda a where a.proposal_id = meeting_agenda.proposal_id
      and not exists (select 1 from meeting_attendance t where t.meeting_id = a.meeting_id));

alter table meeting_agenda add constraint meeting_agenda_open_proposal unique (open_proposal_id);
