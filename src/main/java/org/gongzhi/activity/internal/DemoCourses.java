package org.gongzhi.activity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.Course;
import org.gongzhi.activity.CourseHandling;
import org.gongzhi.activity.CourseInput;
import org.gongzhi.activity.Courses;
import org.gongzhi.activity.Events;
import org.gongzhi.activity.Participant;

/**
 * 爸爸兵团's courses: fathers of the estate teach from their professions. One course is half over (its first two
 * sessions have their attendance), one is full, one has places left and one is a draft waiting to be published.
 */
@Component
@Order(71)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoCourses implements org.gongzhi.shared.demo.DemoStep {

    private static final String STAFF = "居委会 李老师";

    private final JdbcClient jdbc;
    private final Events events;
    private final Courses courses;
    private final CourseHandling handling;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCourses(JdbcClient jdbc, Events events, Courses courses, CourseHandling handling,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.courses = courses;
        this.handling = handling;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional()
                .filter(c -> events.programme(c, CourseHandling.PROGRAMME).isPresent())
                .filter(c -> jdbc.sql("select count(*) from activity_course where community_id = ?").params(c)
                        .query(Long.class).single() == 0)
                .ifPresent(this::seed));
    }

    private record Offer(String title, String profession, String description, int minAge, int maxAge, int capacity,
            int firstInDays, int sessions, int hour, String place) {

        CourseInput input(OffsetDateTime now) {
            LocalDate first = now.atZoneSameInstant(CommunityEvent.ZONE).toLocalDate().plusDays(firstInDays);
            List<CourseInput.SessionInput> times = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                OffsetDateTime starts = first.plusWeeks(i).atTime(LocalTime.of(hour, 0)).atZone(CommunityEvent.ZONE)
                        .toOffsetDateTime();
                times.add(new CourseInput.SessionInput(starts, starts.plusMinutes(90), place));
            }
            return new CourseInput(title, profession, description, minAge, maxAge, capacity, times);
        }
    }

    private void seed(long community) {
        long programme = events.programme(community, CourseHandling.PROGRAMME).orElseThrow().id();
        List<Participant> fathers = fathers(community, 4);
        List<Family> families = families(community, 5, 13, 40);
        if (fathers.size() < 4 || families.size() < 24) {
            return;
        }
        Course electric = offer(community, programme, fathers.get(0), new Offer("小小电工课", "电力工程师",
                "安全用电从小学起：认识电线、开关和插座，亲手接一个会亮的小电路。", 7, 12, 12, -15, 4, 14,
                "社区党群服务站 活动室"), true);
        enrol(electric, families, 0, 8, 7, 12);
        attend(electric);
        Course doctor = offer(community, programme, fathers.get(1), new Offer("跟着医生爸爸认识身体", "儿科医生",
                "心脏怎么跳、骨头有几块、感冒了怎么办，用听诊器听一听自己的心跳。", 5, 9, 10, 10, 3, 9,
                "7890暖心屋 多功能厅"), true);
        enrol(doctor, families, 8, 40, 5, 9);
        Course code = offer(community, programme, fathers.get(2), new Offer("程序员爸爸教编程（Scratch）", "软件工程师",
                "用积木拼出第一个小游戏：让小猫走迷宫。请自带平板或笔记本电脑。", 9, 13, 15, 20, 2, 15,
                "社区党群服务站 电脑室"), true);
        enrol(code, families, 30, 40, 9, 13);
        offer(community, programme, fathers.get(3), new Offer("建筑师爸爸带你搭纸桥", "建筑师",
                "用报纸和胶带搭一座能承重的桥，认识三角形为什么结实。", 8, 12, 16, 30, 2, 10, "社区文化活动室"), false);
    }

    private Course offer(long community, long programme, Participant father, Offer offer, boolean publish) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime offered = now.plusDays(Math.min(0, offer.firstInDays()) - 10L);
        long id = courses.add(community, programme, father.residentId(), offer.input(now), father.name(), offered);
        if (publish) {
            handling.publishSessions(courses.get(community, id), STAFF, offered.plusDays(1));
        }
        return courses.get(community, id);
    }

    private record Family(Participant child, Participant guardian) {
    }

    /** Children of the course's ages from the families, from {@code from} on, until it is full or {@code to}. */
    private void enrol(Course course, List<Family> families, int from, int to, int minAge, int maxAge) {
        OffsetDateTime enrolled = course.sessions().getFirst().startsAt().minusDays(5);
        for (Family f : families.subList(from, Math.min(to, families.size()))) {
            Course current = courses.get(course.communityId(), course.id());
            if (current.full()) {
                return;
            }
            int age = f.child().ageOn(current.firstDay());
            if (age >= minAge && age <= maxAge && !courses.isEnrolled(current.id(), f.child().residentId())) {
                handling.enrolInSessions(current, f.child(), f.guardian(), f.guardian().name(), false, enrolled);
            }
        }
    }

    /** The sessions already held: all but one child came to the first, all but two to the second. */
    private void attend(Course course) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int missing = 1;
        for (var s : course.sessions()) {
            if (s.endsAt().isAfter(now)) {
                return;
            }
            events.registrations(s.eventId()).stream().skip(missing++).forEach(r -> events.checkIn(r, "志愿者 小陈",
                    s.startsAt().minusMinutes(5)));
        }
    }

    private List<Participant> fathers(long community, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select f.id, f.name, f.household_id, f.birth_date from register_resident f where f.community_id = ?
                and f.moved_out is null and f.gender = 'M' and f.birth_date <= ? and f.birth_date > ?
                and exists (select 1 from register_resident c where c.household_id = f.household_id
                  and c.moved_out is null and c.birth_date > ?)
                order by f.id limit ?""")
                .params(community, today.minusYears(30), today.minusYears(45), today.minusYears(14), limit)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** Children between the ages with an adult of the household, one child per household, from the register's end. */
    private List<Family> families(long community, int minAge, int maxAge, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<Participant> children = jdbc.sql("""
                select c.id, c.name, c.household_id, c.birth_date from register_resident c where c.community_id = ?
                and c.moved_out is null and c.birth_date <= ? and c.birth_date > ?
                and c.id = (select min(s.id) from register_resident s where s.household_id = c.household_id
                  and s.moved_out is null and s.birth_date <= ? and s.birth_date > ?)
                order by c.household_id desc limit ?""")
                .params(community, today.minusYears(minAge), today.minusYears(maxAge + 1L), today.minusYears(minAge),
                        today.minusYears(maxAge + 1L), limit * 2)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        List<Family> families = new ArrayList<>();
        for (Participant child : children) {
            guardian(community, child).ifPresent(g -> families.add(new Family(child, g)));
            if (families.size() == limit) {
                break;
            }
        }
        return families;
    }

    private Optional<Participant> guardian(long community, Participant child) {
        LocalDate today = LocalDate.now(clock);
        return events.household(community, child.householdId()).stream()
                .filter(p -> p.ageOn(today) >= 25 && p.ageOn(today) < 60).findFirst();
    }
}
