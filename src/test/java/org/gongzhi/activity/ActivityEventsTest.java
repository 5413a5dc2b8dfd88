package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.jdbc.BulkCopy;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** Events of the programmes: exact places under concurrency, the waiting list, who may come, and who may see. */
class ActivityEventsTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Clock clock;
    @Autowired
    AuditTrail audit;
    @Autowired
    DataSource dataSource;

    private long programme() {
        return events.programmes(AOYUAN).stream().filter(p -> p.code().equals("7890-CINEMA")).findFirst()
                .orElseThrow().id();
    }

    private long event(int capacity, Integer minAge, Integer maxAge) {
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(3);
        return handling.create(STAFF, new EventInput(programme(), "测试活动 " + UUID.randomUUID().toString().substring(0, 6),
                null, "7890暖心屋", start, start.plusHours(2), capacity, minAge, maxAge, EnumSet.allOf(Cohort.class)));
    }

    /** Residents living here aged between the two ages today. */
    private List<Participant> aged(int min, int max, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select id, name, household_id, birth_date from register_resident where community_id = 1
                and moved_out is null
                and birth_date <= ? and birth_date > ? order by id desc limit ?""")
                .params(today.minusYears(min), today.minusYears(max + 1L), limit)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    private static Actor residentOf(Participant p) {
        return new Actor(0, "r" + p.residentId(), p.name(), AOYUAN, p.residentId(), false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private long count(long event, String status) {
        return jdbc.sql("select count(*) from activity_registration where event_id = ? and status = ?")
                .params(event, status).query(Long.class).single();
    }

    @Test
    void a_hundred_registering_at_once_for_thirty_places_leave_thirty_registered_and_seventy_waiting_in_order()
            throws Exception {
        long id = event(30, null, null);
        List<Participant> people = aged(20, 59, 100);
        assertThat(people).hasSize(100);
        List<Callable<Registration>> tasks = new ArrayList<>();
        for (Participant p : people) {
            tasks.add(() -> handling.register(STAFF, id, p.residentId(), null));
        }
        List<Registration> done = Concurrently.all(16, tasks);

        assertThat(count(id, "REGISTERED")).isEqualTo(30);
        assertThat(count(id, "WAITING")).isEqualTo(70);
        assertThat(events.get(AOYUAN, id).registered()).isEqualTo(30);
        assertThat(done.stream().filter(r -> r.status() == RegistrationStatus.WAITING).map(Registration::waitingPosition)
                .sorted().toList()).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 70).boxed().toList());
        List<Registration> all = events.registrations(id);
        long lastPlace = all.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .mapToLong(Registration::id).max().orElseThrow();
        long firstWaiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .mapToLong(Registration::id).min().orElseThrow();
        assertThat(firstWaiting).as("places go in order of arrival").isGreaterThan(lastPlace);
        assertThat(registeredEntries(id)).as("one audit entry for each registration, none for one undone")
                .containsExactlyInAnyOrderElementsOf(all.stream().map(r -> r.status() + " #" + r.id()).toList());

        Registration leaving = all.getFirst();
        handling.cancel(STAFF, id, leaving.id());
        assertThat(count(id, "REGISTERED")).isEqualTo(30);
        assertThat(count(id, "WAITING")).isEqualTo(69);
        assertThat(events.registration(id, firstWaiting).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> handling.cancel(STAFF, id, leaving.id())).isInstanceOf(Refused.class);
        handling.cancel(STAFF, id, events.registrations(id).stream()
                .filter(r -> r.status() == RegistrationStatus.WAITING).findFirst().orElseThrow().id());
        assertThat(events.get(AOYUAN, id).registered()).as("a waiting cancellation frees no place").isEqualTo(30);
        assertThat(count(id, "WAITING")).isEqualTo(68);
    }

    /** The audit entries of registrations for the event ("REGISTERED #12"). */
    private List<String> registeredEntries(long event) {
        return jdbc.sql("""
                select detail from audit_event where action = 'EVENT_REGISTERED' and subject_type = 'ACTIVITY_EVENT'
                and subject_id = ?""").param(event).query(String.class).list();
    }

    @Test
    void twenty_at_once_for_the_last_place_leave_one_place_nineteen_waiting_and_nothing_written_twice()
            throws Exception {
        // one takes the place; the others find the event full, some only once they hold its row
        long id = event(1, null, null);
        List<Callable<Registration>> tasks = new ArrayList<>();
        for (Participant p : aged(20, 59, 20)) {
            tasks.add(() -> handling.register(STAFF, id, p.residentId(), null));
        }

        List<Registration> done = Concurrently.all(16, tasks);

        assertThat(done).filteredOn(r -> r.status() == RegistrationStatus.REGISTERED).hasSize(1);
        assertThat(count(id, "REGISTERED")).isEqualTo(1);
        assertThat(count(id, "WAITING")).isEqualTo(19);
        assertThat(events.get(AOYUAN, id).registered()).isEqualTo(1);
        List<Registration> all = events.registrations(id);
        assertThat(all.getFirst().id()).as("the place is numbered before everyone waiting")
                .isLessThan(all.get(1).id());
        assertThat(registeredEntries(id))
                .containsExactlyInAnyOrderElementsOf(all.stream().map(r -> r.status() + " #" + r.id()).toList());
    }

    @Test
    void the_same_resident_registered_twenty_times_at_once_holds_one_place() throws Exception {
        long id = event(5, null, null);
        Participant one = aged(20, 59, 1).getFirst();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(() -> handling.register(STAFF, id, one.residentId(), null) != null);
        }

        List<Boolean> taken = Concurrently.steps(16, attempts);

        assertThat(taken.stream().filter(t -> t)).hasSize(1);
        assertThat(count(id, "REGISTERED")).isEqualTo(1);
        assertThat(count(id, "WAITING")).isZero();
        assertThat(events.get(AOYUAN, id).registered()).as("the refused attempts took no place").isEqualTo(1);
    }

    @Test
    void registrations_written_together_take_the_places_that_fit_once_each_with_their_own_audit_entries() {
        assumeTrue(BulkCopy.isPostgres(dataSource), "one statement writes many registrations on PostgreSQL only");
        long id = event(5, null, null);
        List<Participant> people = aged(20, 59, 5);
        handling.register(STAFF, id, people.get(0).residentId(), null);
        CommunityEvent event = events.get(AOYUAN, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Events.Wish> wishes = List.of(wish(people.get(1), "rc.staff", now), wish(people.get(0), "rc.staff", now),
                wish(people.get(1), "rc.staff", now), wish(people.get(2), "r" + people.get(2).residentId(), now),
                wish(people.get(3), "rc.staff", now));

        List<Optional<Events.Recorded>> written = events.registerAll(event, wishes, entry(id));

        assertThat(written).as("four places free: the first four wishes are tried, the second and third hold one")
                .extracting(Optional::isPresent).containsExactly(true, false, false, true, false);
        assertThat(written.get(0).orElseThrow().doorCode()).isEqualTo(wishes.get(0).doorCode());
        assertThat(events.get(AOYUAN, id).registered()).as("counted once each").isEqualTo(3);
        assertThat(count(id, "REGISTERED")).isEqualTo(3);
        assertThat(jdbc.sql("""
                select actor || ' ' || detail from audit_event where action = 'EVENT_REGISTERED'
                and subject_type = 'ACTIVITY_EVENT' and subject_id = ? and actor <> 'system' order by id""")
                .param(id).query(String.class).list()).as("each entry by whom it was asked").endsWith(
                "rc.staff REGISTERED #" + written.get(0).orElseThrow().id(),
                "r" + people.get(2).residentId() + " REGISTERED #" + written.get(3).orElseThrow().id());

        assertThat(events.registerAll(event, List.of(wish(people.get(3), "rc.staff", now), wish(people.get(4),
                "rc.staff", now), wish(people.get(1), "rc.staff", now)), entry(id)))
                .as("two places left, taken in order").extracting(Optional::isPresent).containsExactly(true, true, false);
        assertThat(events.registerAll(event, List.of(wish(aged(60, 80, 1).getFirst(), "rc.staff", now)), entry(id)))
                .as("full: nothing written").containsExactly(Optional.empty());
        assertThat(events.get(AOYUAN, id).registered()).isEqualTo(5);
        assertThat(count(id, "REGISTERED")).isEqualTo(5);
    }

    private static Events.Wish wish(Participant p, String actor, OffsetDateTime at) {
        return new Events.Wish(p.residentId(), null, "居委会", true, at, DoorCode.draw(), actor);
    }

    private AuditTrail.Insert entry(long event) {
        return audit.entryForEachWritten(AOYUAN, "EVENT_REGISTERED", "ACTIVITY_EVENT", event, "REGISTERED #");
    }

    @Test
    void the_database_itself_keeps_one_active_registration_per_person_and_event() {
        long id = event(5, null, null);
        Participant one = aged(20, 59, 1).getFirst();
        Registration first = handling.register(STAFF, id, one.residentId(), null);
        CommunityEvent event = events.get(AOYUAN, id);
        OffsetDateTime now = OffsetDateTime.now();

        assertThat(events.record(event, one, null, RegistrationStatus.WAITING, "测试", true, now))
                .as("a second active registration, written past every check").isEmpty();
        handling.cancel(STAFF, id, first.id());
        long again = events.record(event, one, null, RegistrationStatus.WAITING, "测试", true, now).orElseThrow().id();
        assertThatThrownBy(() -> jdbc.sql("update activity_registration set status = 'CANCELLED' where id = ?")
                .param(again).update()).as("cancelled while still naming its active resident")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void the_last_place_then_the_queue_and_a_cancellation_with_nobody_waiting_frees_the_place() {
        long id = event(1, null, null);
        List<Participant> two = aged(30, 50, 2);
        assertThat(handling.register(STAFF, id, two.get(0).residentId(), null).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        Registration second = handling.register(STAFF, id, two.get(1).residentId(), null);
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(second.waitingPosition()).isEqualTo(1);
        assertThatThrownBy(() -> handling.register(STAFF, id, two.get(1).residentId(), null))
                .isInstanceOf(Refused.class).hasFieldOrPropertyWithValue("code", "activity.refused.already");
        handling.cancel(STAFF, id, second.id());
        handling.cancel(STAFF, id, events.registrations(id).getFirst().id());
        assertThat(events.get(AOYUAN, id).registered()).isZero();
    }

    @Test
    void who_may_come_is_decided_by_age_on_the_day_and_a_child_comes_with_an_adult_of_the_household() {
        long seventyPlus = event(10, 70, null);
        Participant forty = aged(40, 45, 1).getFirst();
        assertThatThrownBy(() -> handling.register(STAFF, seventyPlus, forty.residentId(), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("residentId"));
        Participant eighty = aged(80, 90, 1).getFirst();
        assertThat(handling.register(STAFF, seventyPlus, eighty.residentId(), null).status())
                .isEqualTo(RegistrationStatus.REGISTERED);

        long forChildren = event(10, null, 12);
        Participant child = jdbc.sql("""
                select c.id, c.name, c.household_id, c.birth_date from register_resident c
                where c.community_id = 1 and c.moved_out is null and c.birth_date > ?
                and exists (select 1 from register_resident a
                  where a.household_id = c.household_id and a.birth_date < ? and a.moved_out is null)
                order by c.id limit 1""").params(LocalDate.now(clock).minusYears(12), LocalDate.now(clock).minusYears(25))
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).single();
        Participant parent = events.household(AOYUAN, child.householdId()).stream()
                .filter(p -> p.ageOn(LocalDate.now(clock)) >= 25).findFirst().orElseThrow();
        assertThatThrownBy(() -> handling.register(STAFF, forChildren, child.residentId(), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("guardianId"));
        assertThatThrownBy(() -> handling.register(STAFF, forChildren, child.residentId(), forty.residentId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("guardianId"));
        assertThatThrownBy(() -> handling.register(STAFF, forChildren, parent.residentId(), null))
                .as("over the maximum age").isInstanceOf(InvalidInput.class);
        assertThat(count(forChildren, "REGISTERED")).isZero();
        Registration ok = handling.register(STAFF, forChildren, child.residentId(), parent.residentId());
        assertThat(ok.guardianName()).isEqualTo(parent.name());
    }

    @Test
    void a_resident_registers_and_sees_only_their_household_and_no_one_registers_once_it_began() {
        long id = event(5, null, null);
        Participant me = aged(30, 59, 1).getFirst();
        Participant stranger = aged(30, 59, 40).stream().filter(p -> p.householdId() != me.householdId())
                .findFirst().orElseThrow();
        Actor actor = residentOf(me);
        assertThatThrownBy(() -> handling.register(actor, id, stranger.residentId(), null))
                .isInstanceOf(NotFound.class);
        Registration mine = handling.register(actor, id, me.residentId(), null);
        Registration theirs = handling.register(STAFF, id, stranger.residentId(), null);
        assertThat(handling.registrations(actor, id)).extracting(Registration::id).containsExactly(mine.id());
        assertThatThrownBy(() -> handling.cancel(actor, id, theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> handling.checkIn(actor, id, mine.id())).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> handling.checkIn(STAFF, id, mine.id())).as("three days early")
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code())
                        .isEqualTo("activity.refused.notOpenForCheckIn"));

        OffsetDateTime began = OffsetDateTime.now(clock).minusMinutes(30);
        long running = events.add(AOYUAN, new EventInput(programme(), "已开始的活动", null, "活动室", began,
                began.plusHours(2), 10, null, null, EnumSet.allOf(Cohort.class)), "test", began.minusDays(1));
        assertThatThrownBy(() -> handling.register(actor, running, me.residentId(), null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo("activity.refused.started"));
        CommunityEvent event = events.get(AOYUAN, running);
        long placed = events.register(event, me, null, RegistrationStatus.REGISTERED, "test", false, began);
        handling.checkIn(STAFF, running, placed);
        assertThatThrownBy(() -> handling.checkIn(STAFF, running, placed)).isInstanceOf(Refused.class);
        assertThat(events.registration(running, placed).checkedIn()).isTrue();
    }

    @Test
    void the_api_sets_up_events_for_staff_only_names_broken_fields_and_answers_404_for_unknown_events()
            throws Exception {
        String body = """
                {"programmeId":%d,"title":"%s","place":"社区文化活动室","startsAt":"%s","endsAt":"%s","capacity":%s,
                 "minAge":70,"cohorts":["ELDERLY"]}""";
        // formatted with seconds always: toString() leaves out ":00", which the API's date-time format refuses
        String start = OffsetDateTime.now(clock).plusDays(4).withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String end = OffsetDateTime.now(clock).plusDays(4).plusHours(2).withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        mvc.perform(post("/api/v1/events").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(programme(), "暖心文艺排练", start, end, "20"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(programme(), " ", start, end, "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'capacity')]").exists());
        mvc.perform(post("/api/v1/events").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(programme(), "暖心文艺排练", end, start, "20")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsAt"));
        String created = mvc.perform(post("/api/v1/events").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(programme(), "暖心文艺排练", start, end, "20")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.placesLeft").value(20))
                .andExpect(jsonPath("$.minAge").value(70))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/events/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("暖心文艺排练"));
        mvc.perform(get("/api/v1/events/999999").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem((int) id)));
        mvc.perform(get("/api/v1/programmes").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '7890-CINEMA')].name").value("暖心影院"));
        mvc.perform(post("/api/v1/events/" + id + "/registrations").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"residentId\":1}"))
                .andExpect(status().is(Matchers.oneOf(400, 404)));
    }

    @Test
    void the_demo_has_every_programme_a_full_screening_with_a_queue_and_past_events_with_attendance()
            throws Exception {
        assertThat(events.programmes(AOYUAN)).extracting(Programme::name)
                .contains("7890暖心屋", "暖心手机", "暖心影院", "暖心生日会", "暖心文艺", "我的植物邻居", "爸爸兵团", "宠邻家");
        assertThat(jdbc.sql("""
                select count(*) from activity_event e where e.registered = e.capacity and exists (select 1
                from activity_registration r where r.event_id = e.id and r.status = 'WAITING')""")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from activity_registration where checked_in_at is not null")
                .query(Long.class).single()).isGreaterThan(20);
        mvc.perform(get("/events").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("暖心影院：《城南旧事》")));
        long full = jdbc.sql("select id from activity_event where title = '暖心影院：《城南旧事》'").query(Long.class)
                .single();
        mvc.perform(get("/events/" + full).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"none-eligible\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"register-form\""))));
        mvc.perform(get("/events/" + full + "/roster").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + full + "/roster").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"roster\"")));
        mvc.perform(get("/events/new").with(as("rc.staff"))).andExpect(status().isOk());
        mvc.perform(get("/events?past=true").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("暖心影院：《我和我的祖国》")));
    }

    @Test
    void the_calendar_feed_is_public_folded_and_names_nobody() throws Exception {
        String registered = events.registrations(events.list(AOYUAN, null, false, OffsetDateTime.now(clock), 0, 50)
                .items().stream().filter(e -> e.registered() > 0).findFirst().orElseThrow().id()).getFirst().name();
        String ics = mvc.perform(get("/calendar/events.ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("SUMMARY:暖心影院：《城南旧事》", "DTSTART;TZID=Asia/Shanghai:", "BEGIN:VTIMEZONE")
                .doesNotContain(registered);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }
}
