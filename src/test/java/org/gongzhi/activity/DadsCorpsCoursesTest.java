package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** 爸爸兵团: a father offers a course, it is published as events, guardians enrol children of the right age. */
class DadsCorpsCoursesTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    CourseHandling courses;
    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Courses stored;
    @Autowired
    Clock clock;

    /** A child of the ages with an adult of the same household, from households picked by their id's last digit. */
    private record Family(Participant child, Participant guardian) {
    }

    private List<Family> families(int minAge, int maxAge, int digit, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<Participant> children = jdbc.sql("""
                select c.id, c.name, c.household_id, c.birth_date from register_resident c
                where c.community_id = 1 and c.moved_out is null and c.birth_date <= ? and c.birth_date > ?
                and mod(c.household_id, 10) = ?
                and exists (select 1 from register_resident a where a.household_id = c.household_id
                  and a.birth_date < ? and a.moved_out is null)
                order by c.id desc limit ?""")
                .params(today.minusYears(minAge), today.minusYears(maxAge + 1L), digit, today.minusYears(25), limit)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        return children.stream().map(c -> new Family(c, events.household(AOYUAN, c.householdId()).stream()
                .filter(p -> p.ageOn(today) >= 25).findFirst().orElseThrow())).toList();
    }

    private Participant father(int digit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select id, name, household_id, birth_date from register_resident where community_id = 1
                and moved_out is null
                and birth_date <= ? and birth_date > ? and mod(household_id, 10) = ? order by id limit 1""")
                .params(today.minusYears(30), today.minusYears(40), digit)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).single();
    }

    private static Actor residentOf(Participant p) {
        return new Actor(0, "r" + p.residentId(), p.name(), AOYUAN, p.residentId(), false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private CourseInput course(int minAge, int maxAge, int capacity, int sessions) {
        OffsetDateTime first = OffsetDateTime.now(clock).plusDays(5).withHour(14).withMinute(0).withSecond(0)
                .withNano(0);
        List<CourseInput.SessionInput> times = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            times.add(new CourseInput.SessionInput(first.plusWeeks(i), first.plusWeeks(i).plusMinutes(90),
                    "社区党群服务站 活动室"));
        }
        return new CourseInput("小小电工课 " + UUID.randomUUID().toString().substring(0, 6), "电力工程师",
                "讲安全用电，带孩子们接一个小电路。", minAge, maxAge, capacity, times);
    }

    private long published(Participant father, CourseInput input) {
        long id = courses.offer(residentOf(father), input, null);
        courses.publish(residentOf(father), id);
        return id;
    }

    private long registrations(long eventId, long residentId) {
        return jdbc.sql("select count(*) from activity_registration where event_id = ? and resident_id = ?"
                + " and status = 'REGISTERED'").params(eventId, residentId).query(Long.class).single();
    }

    @Test
    void a_guardian_enrols_a_child_who_then_holds_a_place_at_every_session_and_sessions_take_no_direct_registration() {
        Participant father = father(1);
        long id = courses.offer(residentOf(father), course(6, 12, 10, 3), null);
        Family family = families(6, 12, 2, 1).getFirst();
        Actor guardian = residentOf(family.guardian());
        assertThatThrownBy(() -> courses.visible(guardian, id)).as("a draft is the father's own")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> courses.publish(guardian, id)).isInstanceOf(NotFound.class);
        assertThat(courses.visible(STAFF, id).published()).isFalse();

        courses.publish(residentOf(father), id);
        Course course = courses.visible(guardian, id);
        assertThat(course.sessions()).hasSize(3).allSatisfy(s -> assertThat(s.eventId()).isNotNull());
        CommunityEvent first = events.get(AOYUAN, course.sessions().getFirst().eventId());
        assertThat(first.programmeName()).isEqualTo("爸爸兵团");
        assertThat(first.capacity()).isEqualTo(10);
        assertThat(first.title()).isEqualTo(course.title() + " · 1/3");
        assertThatThrownBy(() -> courses.publish(residentOf(father), id)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.code()).isEqualTo("activity.refused.coursePublished"));

        assertThat(courses.enrollable(guardian, course)).extracting(Participant::residentId)
                .contains(family.child().residentId());
        CourseEnrolment enrolment = courses.enrol(guardian, id, family.child().residentId(), null);
        assertThat(enrolment.guardianResidentId()).isEqualTo(family.guardian().residentId());
        assertThat(courses.visible(guardian, id).enrolled()).isEqualTo(1);
        for (CourseSession s : course.sessions()) {
            assertThat(registrations(s.eventId(), family.child().residentId())).isEqualTo(1);
            assertThat(events.get(AOYUAN, s.eventId()).registered()).isEqualTo(1);
        }
        assertThat(courses.enrolments(guardian, id)).extracting(CourseEnrolment::childName)
                .containsExactly(family.child().name());
        assertThat(courses.enrollable(guardian, courses.visible(guardian, id))).extracting(Participant::residentId)
                .doesNotContain(family.child().residentId());
        assertThatThrownBy(() -> courses.enrol(guardian, id, family.child().residentId(), null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code())
                        .isEqualTo("activity.refused.courseEnrolled"));
        assertThatThrownBy(() -> handling.register(STAFF, first.id(), family.guardian().residentId(), null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code())
                        .isEqualTo("activity.refused.courseSession"));
    }

    @Test
    void a_child_outside_the_ages_a_neighbour_and_a_child_itself_are_refused_and_nothing_changes() {
        long id = published(father(3), course(7, 9, 10, 2));
        Course course = courses.visible(STAFF, id);
        Family tooOld = families(12, 14, 4, 1).getFirst();
        assertThatThrownBy(() -> courses.enrol(residentOf(tooOld.guardian()), id, tooOld.child().residentId(), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("childId");
                    assertThat(e.problems().getFirst().code()).isEqualTo("activity.invalid.courseAge");
                    assertThat(e.problems().getFirst().args()).containsExactly(tooOld.child().name(),
                            tooOld.child().ageOn(course.firstDay()), 7, 9);
                });
        Family right = families(7, 8, 5, 1).getFirst();
        Participant neighbour = tooOld.guardian();
        assertThat(neighbour.householdId()).isNotEqualTo(right.child().householdId());
        assertThatThrownBy(() -> courses.enrol(residentOf(neighbour), id, right.child().residentId(), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.notGuardian"));
        assertThatThrownBy(() -> courses.enrol(residentOf(right.child()), id, right.child().residentId(), null))
                .as("a child cannot enrol itself").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("activity.invalid.notGuardian"));
        assertThatThrownBy(() -> courses.enrol(STAFF, id, right.child().residentId(), null))
                .as("staff name the guardian").isInstanceOf(InvalidInput.class);
        assertThat(courses.visible(STAFF, id).enrolled()).isZero();
        assertThat(stored.enrolments(id)).isEmpty();
        for (CourseSession s : course.sessions()) {
            assertThat(events.get(AOYUAN, s.eventId()).registered()).isZero();
        }
        assertThat(courses.enrol(STAFF, id, right.child().residentId(), right.guardian().residentId())
                .childResidentId()).isEqualTo(right.child().residentId());
    }

    @Test
    void a_full_course_a_draft_and_a_course_that_began_refuse_enrolment() {
        Participant father = father(6);
        long id = published(father, course(6, 12, 1, 2));
        List<Family> two = families(6, 12, 7, 2);
        courses.enrol(residentOf(two.get(0).guardian()), id, two.get(0).child().residentId(), null);
        assertThatThrownBy(() -> courses.enrol(residentOf(two.get(1).guardian()), id, two.get(1).child().residentId(),
                null)).isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code())
                        .isEqualTo("activity.refused.courseFull"));

        long draft = courses.offer(residentOf(father), course(6, 12, 5, 1), null);
        assertThatThrownBy(() -> courses.enrol(STAFF, draft, two.get(1).child().residentId(),
                two.get(1).guardian().residentId())).isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.code()).isEqualTo("activity.refused.courseDraft"));

        long begun = published(father, course(6, 12, 5, 2));
        jdbc.sql("update activity_course_session set starts_at = ? where course_id = ? and position = 1")
                .params(OffsetDateTime.now(clock).minusMinutes(10), begun).update();
        assertThatThrownBy(() -> courses.enrol(residentOf(two.get(1).guardian()), begun,
                two.get(1).child().residentId(), null)).isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.code()).isEqualTo("activity.refused.courseStarted"));
        assertThat(courses.visible(STAFF, begun).enrolled()).isZero();
    }

    @Test
    void an_offer_with_ages_past_childhood_no_session_or_sessions_out_of_order_is_refused() {
        Actor father = residentOf(father(8));
        assertThatThrownBy(() -> courses.offer(father, course(10, 18, 5, 1), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.courseForChildren"));
        assertThatThrownBy(() -> courses.offer(father, course(10, 8, 5, 1), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.ageRange"));
        assertThatThrownBy(() -> courses.offer(father, course(6, 8, 5, 0), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.noSessions"));
        CourseInput ok = course(6, 8, 5, 2);
        CourseInput reversed = new CourseInput(ok.title(), ok.profession(), null, 6, 8, 5,
                ok.sessions().reversed());
        assertThatThrownBy(() -> courses.offer(father, reversed, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.sessionOrder"));
        Family child = families(8, 10, 9, 1).getFirst();
        assertThatThrownBy(() -> courses.offer(residentOf(child.child()), ok, null))
                .as("a child is no father").isInstanceOf(InvalidInput.class);
    }

    @Test
    void twenty_guardians_enrolling_at_once_for_five_places_leave_exactly_five_enrolled_at_every_session()
            throws Exception {
        long id = published(father(0), course(4, 14, 5, 2));
        List<Family> twenty = families(4, 14, 0, 20);
        assertThat(twenty).hasSize(20);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (Family f : twenty) {
            tasks.add(() -> courses.enrol(STAFF, id, f.child().residentId(), f.guardian().residentId()) != null);
        }
        List<Boolean> taken = Concurrently.steps(8, tasks);
        assertThat(taken.stream().filter(t -> t).count()).isEqualTo(5);
        assertThat(stored.enrolments(id)).hasSize(5);
        Course course = courses.visible(STAFF, id);
        assertThat(course.enrolled()).isEqualTo(5);
        for (CourseSession s : course.sessions()) {
            assertThat(events.get(AOYUAN, s.eventId()).registered()).isEqualTo(5);
            assertThat(events.get(AOYUAN, s.eventId()).waiting()).isZero();
        }
    }

    @Test
    void published_sessions_are_in_the_public_calendar_feed_and_drafts_are_not() throws Exception {
        Participant father = father(4);
        long published = published(father, course(6, 12, 8, 2));
        long draft = courses.offer(residentOf(father), course(6, 12, 8, 1), null);
        String ics = mvc.perform(get("/calendar/events.ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("SUMMARY:" + courses.visible(STAFF, published).title() + " · 2/2")
                .doesNotContain(courses.visible(STAFF, draft).title());
    }

    @Test
    void the_api_offers_publishes_and_answers_a_clear_problem_for_a_wrong_age() throws Exception {
        String body = """
                {"title":"给孩子讲法律","profession":"律师","minAge":9,"maxAge":12,"capacity":12,
                 "sessions":[{"startsAt":"%s","endsAt":"%s","place":"社区图书室"}]}"""
                // seconds not zero: at :00 an OffsetDateTime prints without them, which the API's date-time refuses
                .formatted(OffsetDateTime.now(clock).plusDays(9).withSecond(30).withNano(0),
                        OffsetDateTime.now(clock).plusDays(9).plusHours(1).withSecond(30).withNano(0));
        String created = mvc.perform(post("/api/v1/courses").with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.publishedAt").doesNotExist()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/courses/" + id + "/publish").with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sessions[0].eventId").isNumber());
        mvc.perform(get("/api/v1/courses/" + id).with(as("resident")))
                .andExpect(jsonPath("$.father").value(org.hamcrest.Matchers.containsString("*")));
        Family young = families(4, 6, 1, 1).getFirst();
        mvc.perform(post("/api/v1/courses/" + id + "/enrolments").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"childId\":" + young.child().residentId() + ",\"guardianId\":"
                        + young.guardian().residentId() + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/courses/" + id).with(as("resident"))).andExpect(status().isOk());
        mvc.perform(get("/courses").with(as("resident"))).andExpect(status().isOk());
    }
}
