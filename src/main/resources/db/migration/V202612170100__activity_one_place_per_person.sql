-- One place (or place in the queue) per person and event, kept by the database rather than by a count made under
-- the event's lock: the registration names its resident in active_resident_id while it is registered or waiting, and
-- not once cancelled; a unique index over (event, active resident) refuses a second active registration, and cancelled
-- ones (null) never collide. The check keeps every writer to the rule.
alter table activity_registration add column active_resident_id bigint;
update activity_registration set active_resident_id = resident_id where status <> 'CANCELLED';
alter table activity_registration add constraint activity_registration_active_resident check (
    (status = 'CANCELLED' and active_resident_id is null)
    or (status <> 'CANCELLED' and active_resident_id = resident_id));
create unique index activity_registration_one_per_person on activity_registration (event_id, active_resident_id);
