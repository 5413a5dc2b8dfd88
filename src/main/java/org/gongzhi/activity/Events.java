package org.gongzhi.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.community.Cohort;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.jdbc.RowLocks;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.jdbc.WrittenTogether;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.web.PageResult;

/**
 * Programmes, events and registrations in the database. The event row carries how many hold a place, changed only
 * while the row is locked ({@link #lock}), so that concurrent registrations and cancellations count exactly.
 */
@Repository
public class Events {

    private static final String EVENT = """
            select e.id, e.community_id, e.programme_id, p.name as programme_name, e.title, e.description, e.place,
            e.starts_at, e.ends_at, e.capacity, e.min_age, e.max_age, e.cohorts, e.registered, e.closed_at,
            (select count(*) from activity_registration w where w.event_id = e.id and w.status = 'WAITING') as waiting,
            (select s.course_id from activity_course_session s where s.event_id = e.id) as course_id
            from activity_event e join activity_programme p on p.id = e.programme_id
            """;
    private static final String REGISTRATION = """
            select g.id, g.event_id, g.resident_id, r.name, g.guardian_resident_id, gr.name as guardian_name, g.status,
            g.by_staff, g.created_at, g.checked_in_at, g.door_code, g.on_behalf_by_name, g.consent_method,
            case when g.status = 'WAITING' then (select count(*) from activity_registration q
                where q.event_id = g.event_id and q.status = 'WAITING' and q.id <= g.id) else 0 end as waiting_position
            from activity_registration g join register_resident r on r.id = g.resident_id
            left join register_resident gr on gr.id = g.guardian_resident_id
            """;
    /** The event (id, community) has a place free and has not begun (at the time given). */
    private static final String PLACE_FREE = "id = ? and community_id = ? and registered < capacity and starts_at > ?";
    private static final String TAKE_PLACE = "update activity_event set registered = registered + 1 where " + PLACE_FREE;
    private static final String INSERT_REGISTRATION = """
            insert into activity_registration (community_id, event_id, resident_id, active_resident_id,
            guardian_resident_id, status, registered_by, by_staff, created_at, door_code)""";

    /**
     * The wishes arriving together for one event, written by one statement ({@link #registerAtOnce}); the event's
     * row in it: the free places counted and held, the registrations that fit inserted in order, the place count
     * raised by what was written, an audit entry for each.
     */
    private static final String REGISTER_ALL = """
            with wanted as (select * from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as varchar[]),
                cast(? as boolean[]), cast(? as timestamp with time zone[]), cast(? as varchar[]),
                cast(? as varchar[])) with ordinality
                as w(resident_id, guardian_resident_id, registered_by, by_staff, created_at, door_code, actor, n)),
            free as (select capacity - registered as places from activity_event where %s for no key update),
            inserted as (%s
                select ?, ?, w.resident_id, w.resident_id, w.guardian_resident_id, 'REGISTERED', w.registered_by,
                    w.by_staff, w.created_at, w.door_code
                from wanted w, free where w.n <= free.places order by w.n
                on conflict do nothing returning id, resident_id, door_code),
            written as (select i.id, i.resident_id, i.door_code, w.actor from inserted i
                join wanted w using (resident_id, door_code)),
            place as (update activity_event set registered = registered + (select count(*) from written)
                where id = ? and exists (select 1 from written)),
            entry as (""".formatted(PLACE_FREE, INSERT_REGISTRATION);
    /** The most registrations one statement writes. */
    private static final int MOST_TOGETHER = 64;

    private final JdbcClient jdbc;
    private final RowLocks locks;
    private final WrittenTogether<Wish, Recorded> together = new WrittenTogether<>(MOST_TOGETHER);

    Events(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public List<Programme> programmes(long communityId) {
        return jdbc.sql("""
                select id, parent_id, code, name, purpose from activity_programme where community_id = ?
                order by coalesce(parent_id, id), parent_id nulls first, id""")
                .params(communityId).query((rs, n) -> new Programme(rs.getLong("id"),
                        (Long) rs.getObject("parent_id", Long.class), rs.getString("code"), rs.getString("name"),
                        rs.getString("purpose"))).list();
    }

    public Optional<Programme> programme(long communityId, String code) {
        return programmes(communityId).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public long addProgramme(long communityId, Long parentId, String code, String name, String purpose,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_programme (community_id, parent_id, code, name, purpose, created_at)
                values (?, ?, ?, ?, ?, ?)""").params(communityId, parentId, code, name, purpose, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long add(long communityId, EventInput input, String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_event (community_id, programme_id, title, description, place, starts_at, ends_at,
                capacity, min_age, max_age, cohorts, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, input.programmeId(), input.title(), input.description(), input.place(),
                        input.startsAt(), input.endsAt(), input.capacity(), input.minAge(), input.maxAge(),
                        cohorts(input.cohorts()), by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public CommunityEvent get(long communityId, long id) {
        return jdbc.sql(EVENT + " where e.community_id = ? and e.id = ?").params(communityId, id)
                .query(Events::event).optional().orElseThrow(() -> new NotFound("event " + id));
    }

    /** Locks the event's row for the rest of the transaction and reads it: registrations queue behind the lock. */
    public CommunityEvent lock(long communityId, long id) {
        jdbc.sql("select id from activity_event where community_id = ? and id = ? for update").params(communityId, id)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("event " + id));
        return get(communityId, id);
    }

    /** The community this instance serves when a request names none: the first one registered. */
    public long defaultCommunity() {
        return jdbc.sql("select min(id) from register_community").query(Long.class).optional()
                .orElseThrow(() -> new NotFound("community"));
    }

    /** Every event that ends after {@code from} and begins before {@code until}, in order, for the calendar feed. */
    public List<CommunityEvent> between(long communityId, OffsetDateTime from, OffsetDateTime until) {
        return jdbc.sql(EVENT + " where e.community_id = ? and e.ends_at >= ? and e.starts_at < ? order by e.starts_at,"
                + " e.id").params(communityId, from, until).query(Events::event).list();
    }

    /** Events from {@code from} on (or before it, newest first, when {@code past}), of one programme or of all. */
    public PageResult<CommunityEvent> list(long communityId, Long programmeId, boolean past, OffsetDateTime from,
            int page, int size) {
        String where = " where e.community_id = ? and e.ends_at " + (past ? "<" : ">=") + " ?"
                + (programmeId == null ? "" : " and (p.id = ? or p.parent_id = ?)");
        List<Object> params = programmeId == null ? List.of(communityId, from)
                : List.of(communityId, from, programmeId, programmeId);
        long total = jdbc.sql("select count(*) from activity_event e join activity_programme p on p.id = e.programme_id"
                + where).params(params).query(Long.class).single();
        List<CommunityEvent> items = jdbc.sql(EVENT + where + " order by e.starts_at " + (past ? "desc" : "asc")
                + ", e.id limit ? offset ?").params(concat(params, size, page * size)).query(Events::event).list();
        return new PageResult<>(items, page, size, total);
    }

    public Optional<Participant> participant(long communityId, long residentId) {
        return jdbc.sql("""
                select id, name, household_id, birth_date from register_resident
                where community_id = ? and id = ? and moved_out is null""").params(communityId, residentId)
                .query(Events::participant).optional();
    }

    /** The residents of a household living there now, oldest first. */
    public List<Participant> household(long communityId, long householdId) {
        return jdbc.sql("""
                select id, name, household_id, birth_date from register_resident
                where community_id = ? and household_id = ? and moved_out is null order by birth_date, id""")
                .params(communityId, householdId).query(Events::participant).list();
    }

    /** Residents whose name starts with or contains the text, for staff registering someone without a phone. */
    public List<Participant> findResidents(long communityId, String name, int limit) {
        return jdbc.sql("""
                select id, name, household_id, birth_date from register_resident
                where community_id = ? and moved_out is null and name like ? order by name, id limit ?""")
                .params(communityId, "%" + name.replace("%", "").replace("_", "") + "%", limit)
                .query(Events::participant).list();
    }

    public boolean hasActiveRegistration(long eventId, long residentId) {
        return jdbc.sql("""
                select count(*) from activity_registration where event_id = ? and active_resident_id = ?""")
                .params(eventId, residentId).query(Long.class).single() > 0;
    }

    /** Records a registration with its status, and counts the place it takes on the event's row. */
    public long register(CommunityEvent event, Participant participant, Participant guardian,
            RegistrationStatus status, String by, boolean byStaff, OffsetDateTime now) {
        long id = record(event, participant, guardian, status, by, byStaff, now)
                .orElseThrow(() -> new IllegalStateException("already registered: " + participant.residentId())).id();
        if (status == RegistrationStatus.REGISTERED) {
            changeRegistered(event.id(), 1);
        }
        return id;
    }

    /**
     * Takes one of the event's places if one is left and the event has not begun, in one statement: from here the
     * event's row is held until the transaction ends, so what follows in it should be short. False when full (or
     * begun), with the row not held.
     */
    public boolean takePlace(long communityId, long eventId, OffsetDateTime now) {
        return jdbc.sql(TAKE_PLACE).params(eventId, communityId, now).update() == 1;
    }

    /**
     * Takes a place, and writes the registration and its audit entry ({@code entry}), in one statement that commits
     * on its own: the event's row is held only while PostgreSQL runs it, never across a round trip to the app
     * ({@link RowLocks#committedAlone}). Registrations for the same event that arrive while such a statement runs
     * wait for it, and the next statement writes them all ({@link WrittenTogether}): one statement, one commit and one
     * hold of the row for many places. Empty when this one was not written, and the caller then takes the place step
     * by step: when no place is left or the event has begun, when the person holds a place already or the door code
     * was drawn twice, when the statement failed, inside a transaction of the caller's, and on the embedded database.
     */
    public Optional<Recorded> registerAtOnce(CommunityEvent event, Participant participant, Participant guardian,
            String by, boolean byStaff, OffsetDateTime now, AuditTrail.Insert entry) {
        Wish wish = new Wish(participant.residentId(), guardian == null ? null : guardian.residentId(), by, byStaff,
                now, DoorCode.draw(), AuditTrail.actingName());
        return locks.committedAlone(() -> together.write(event.id(), wish, wishes -> registerAll(event, wishes,
                entry)));
    }

    /** One registration to be written with others for the same event, by whom it was asked. */
    record Wish(long residentId, Long guardianId, String by, boolean byStaff, OffsetDateTime at,
            String doorCode, String actor) {
    }

    /**
     * Writes as many of the wishes as there are places, in order, in one statement: the event's row held from the
     * count of its free places to the commit. A wish is not written when no place was left for it, when its person
     * holds a place already (also twice in the wishes) or when its door code was taken.
     */
    List<Optional<Recorded>> registerAll(CommunityEvent event, List<Wish> wishes, AuditTrail.Insert entry) {
        List<Object> params = new ArrayList<>(Arrays.asList(
                wishes.stream().map(Wish::residentId).toArray(Long[]::new),
                wishes.stream().map(Wish::guardianId).toArray(Long[]::new),
                wishes.stream().map(Wish::by).toArray(String[]::new),
                wishes.stream().map(Wish::byStaff).toArray(Boolean[]::new),
                wishes.stream().map(w -> w.at().toString()).toArray(String[]::new),
                wishes.stream().map(Wish::doorCode).toArray(String[]::new),
                wishes.stream().map(Wish::actor).toArray(String[]::new),
                event.id(), event.communityId(), wishes.getFirst().at(), event.communityId(), event.id(), event.id()));
        params.addAll(entry.params());
        Map<String, Long> written = jdbc.sql(REGISTER_ALL + entry.sql()
                        + ") select id, resident_id, door_code from written")
                .params(params)
                .query((rs, n) -> Map.entry(rs.getLong("resident_id") + " " + rs.getString("door_code"),
                        rs.getLong("id")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return wishes.stream().map(w -> Optional.ofNullable(written.get(w.residentId() + " " + w.doorCode()))
                .map(id -> new Recorded(id, w.doorCode()))).toList();
    }

    /**
     * Records an active registration (registered or waiting), unless the person holds one already: then empty. The
     * database refuses the second (index activity_registration_one_per_person), so no lock is needed for the rule; a
     * door code that happened to be drawn twice for the event is drawn again.
     */
    public Optional<Recorded> record(CommunityEvent event, Participant participant, Participant guardian,
            RegistrationStatus status, String by, boolean byStaff, OffsetDateTime now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            KeyHolder key = new GeneratedKeyHolder();
            String doorCode = DoorCode.draw();
            int written = jdbc.sql(INSERT_REGISTRATION + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(event.communityId(), event.id(), participant.residentId(), participant.residentId(),
                            guardian == null ? null : guardian.residentId(), status.name(), by, byStaff, now,
                            doorCode)
                    .update(key, "id");
            if (written == 1) {
                return Optional.of(new Recorded(key.getKey().longValue(), doorCode));
            }
            if (hasActiveRegistration(event.id(), participant.residentId())) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("no registration written for event " + event.id());
    }

    /** A registration just written: its id, and the door code drawn for it. */
    public record Recorded(long id, String doorCode) {
    }

    /** Records who took the place for the resident (代办) and how the resident agreed. */
    public void registeredOnBehalf(long registrationId, OnBehalf helped) {
        jdbc.sql("""
                update activity_registration set on_behalf_by_account = ?, on_behalf_by_name = ?, consent_method = ?,
                    consent_note = ? where id = ?""")
                .params(helped.helperAccountId(), helped.helperName(), helped.consent().name(), helped.consentNote(),
                        registrationId).update();
    }

    /** Records who cancelled the place for the resident (代办) and how the resident agreed. */
    public void cancelledOnBehalf(long registrationId, OnBehalf helped) {
        jdbc.sql("""
                update activity_registration set cancelled_on_behalf_by_account = ?, cancel_consent_method = ?,
                    cancel_consent_note = ? where id = ?""")
                .params(helped.helperAccountId(), helped.consent().name(), helped.consentNote(), registrationId)
                .update();
    }

    /** The resident's place (or place in the queue) at the event, if they hold one. */
    public Optional<Registration> activeRegistration(long eventId, long residentId) {
        return jdbc.sql(REGISTRATION + " where g.event_id = ? and g.active_resident_id = ?")
                .params(eventId, residentId).query(Events::registration).optional();
    }

    public Registration registration(long eventId, long id) {
        return jdbc.sql(REGISTRATION + " where g.event_id = ? and g.id = ?").params(eventId, id)
                .query(Events::registration).optional().orElseThrow(() -> new NotFound("registration " + id));
    }

    /** Every registration of the event, places first, then the waiting list in order, then cancellations. */
    public List<Registration> registrations(long eventId) {
        return jdbc.sql(REGISTRATION + """
                 where g.event_id = ? order by case g.status when 'REGISTERED' then 0 when 'WAITING' then 1 else 2 end,
                 g.id""").params(eventId).query(Events::registration).list();
    }

    /** The registrations of one household's members for the event. */
    public List<Registration> registrationsOf(long eventId, long householdId) {
        return jdbc.sql(REGISTRATION + " where g.event_id = ? and r.household_id = ? order by g.id")
                .params(eventId, householdId).query(Events::registration).list();
    }

    /** Cancels the registration; a place it held goes to the first on the waiting list, if any. */
    public Optional<Long> cancel(Registration registration, String by, OffsetDateTime now) {
        jdbc.sql("""
                update activity_registration set status = 'CANCELLED', active_resident_id = null, cancelled_at = ?,
                cancelled_by = ? where id = ?""")
                .params(now, by, registration.id()).update();
        if (registration.status() != RegistrationStatus.REGISTERED) {
            return Optional.empty();
        }
        Optional<Long> next = jdbc.sql("""
                select min(id) from activity_registration where event_id = ? and status = 'WAITING'""")
                .params(registration.eventId()).query(Long.class).optional();
        if (next.isPresent()) {
            jdbc.sql("update activity_registration set status = 'REGISTERED', promoted_at = ? where id = ?")
                    .params(now, next.get()).update();
        } else {
            changeRegistered(registration.eventId(), -1);
        }
        return next;
    }

    /** The registration's door code, drawn now for a row from before door codes. */
    public String doorCode(Registration registration) {
        if (registration.doorCode() == null) {
            jdbc.sql("update activity_registration set door_code = ? where id = ? and door_code is null")
                    .params(DoorCode.draw(), registration.id()).update();
        }
        return jdbc.sql("select door_code from activity_registration where id = ?").params(registration.id())
                .query(String.class).single();
    }

    public Optional<Registration> byDoorCode(long eventId, String code) {
        return jdbc.sql(REGISTRATION + " where g.event_id = ? and g.door_code = ?").params(eventId, code)
                .query(Events::registration).optional();
    }

    public void checkIn(Registration registration, String by, OffsetDateTime at) {
        jdbc.sql("update activity_registration set checked_in_at = ?, checked_in_by = ? where id = ?")
                .params(at, by, registration.id()).update();
    }

    private static final String HELPER = """
            select h.id, h.event_id, h.resident_id, r.name, h.team_id, h.team_name, h.task, h.added_by, h.present_at
            from activity_helper h join register_resident r on r.id = h.resident_id
            """;

    public List<Helper> helpers(long eventId) {
        return jdbc.sql(HELPER + " where h.event_id = ? order by h.id").params(eventId)
                .query(Rows.of(Helper.class)).list();
    }

    public Helper helper(long eventId, long id) {
        return jdbc.sql(HELPER + " where h.event_id = ? and h.id = ?").params(eventId, id)
                .query(Rows.of(Helper.class)).optional().orElseThrow(() -> new NotFound("helper " + id));
    }

    public boolean isHelper(long eventId, long residentId) {
        return jdbc.sql("select count(*) from activity_helper where event_id = ? and resident_id = ?")
                .params(eventId, residentId).query(Long.class).single() > 0;
    }

    public long addHelper(CommunityEvent event, long residentId, HelperTeams.TeamChoice team, String task, String by,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_helper (community_id, event_id, resident_id, team_id, team_name, task, added_by,
                added_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.communityId(), event.id(), residentId, team.id(), team.name(), task, by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void helperPresent(Helper helper, String by, OffsetDateTime at) {
        jdbc.sql("update activity_helper set present_at = ?, present_by = ? where id = ?").params(at, by, helper.id())
                .update();
    }

    /** Closes the event, once: false when it was closed already. */
    public boolean close(long eventId, String by, OffsetDateTime at) {
        return jdbc.sql("update activity_event set closed_at = ?, closed_by = ? where id = ? and closed_at is null")
                .params(at, by, eventId).update() == 1;
    }

    private void changeRegistered(long eventId, int by) {
        jdbc.sql("update activity_event set registered = registered + ? where id = ?").params(by, eventId).update();
    }

    private static List<Object> concat(List<Object> params, Object... more) {
        List<Object> all = new java.util.ArrayList<>(params);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static String cohorts(Set<Cohort> cohorts) {
        return cohorts.stream().sorted().map(Cohort::name).collect(Collectors.joining(","));
    }

    private static CommunityEvent event(ResultSet rs, int n) throws SQLException {
        Set<Cohort> cohorts = EnumSet.noneOf(Cohort.class);
        for (String c : rs.getString("cohorts").split(",")) {
            if (!c.isBlank()) {
                cohorts.add(Cohort.valueOf(c));
            }
        }
        return new CommunityEvent(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("programme_id"),
                rs.getString("programme_name"), rs.getString("title"), rs.getString("description"),
                rs.getString("place"), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class), rs.getInt("capacity"),
                rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class), cohorts,
                rs.getInt("registered"), rs.getInt("waiting"), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("course_id", Long.class));
    }

    private static Participant participant(ResultSet rs, int n) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getString("name"), rs.getLong("household_id"),
                rs.getObject("birth_date", java.time.LocalDate.class));
    }

    private static Registration registration(ResultSet rs, int n) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("resident_id"),
                rs.getString("name"), rs.getObject("guardian_resident_id", Long.class), rs.getString("guardian_name"),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("by_staff"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("checked_in_at", OffsetDateTime.class),
                rs.getInt("waiting_position"), rs.getString("door_code"), rs.getString("on_behalf_by_name"),
                rs.getString("consent_method"));
    }
}
