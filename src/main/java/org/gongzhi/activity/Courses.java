package org.gongzhi.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;

/**
 * 爸爸兵团 courses, their sessions and enrolments in the database. The course row carries how many are enrolled,
 * changed only while the row is locked ({@link #lock}), so that concurrent enrolments never pass its capacity.
 */
@Repository
public class Courses {

    private static final String COURSE = """
            select c.id, c.community_id, c.programme_id, c.father_resident_id, f.name as father_name, c.title,
            c.profession, c.description, c.min_age, c.max_age, c.capacity, c.enrolled, c.published_at
            from activity_course c join register_resident f on f.id = c.father_resident_id
            """;
    private static final String ENROLMENT = """
            select n.id, n.course_id, n.child_resident_id, c.name as child_name, n.guardian_resident_id,
            g.name as guardian_name, n.created_at
            from activity_course_enrolment n join register_resident c on c.id = n.child_resident_id
            join register_resident g on g.id = n.guardian_resident_id
            """;

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long communityId, long programmeId, long fatherResidentId, CourseInput input, String by,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_course (community_id, programme_id, father_resident_id, title, profession,
                description, min_age, max_age, capacity, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, programmeId, fatherResidentId, input.title(), input.profession(),
                        input.description(), input.minAge(), input.maxAge(), input.capacity(), by, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < input.sessions().size(); i++) {
            CourseInput.SessionInput s = input.sessions().get(i);
            jdbc.sql("""
                    insert into activity_course_session (community_id, course_id, position, place, starts_at, ends_at)
                    values (?, ?, ?, ?, ?, ?)""").params(communityId, id, i + 1, s.place(), s.startsAt(), s.endsAt())
                    .update();
        }
        return id;
    }

    public Course get(long communityId, long id) {
        return find(communityId, id).orElseThrow(() -> new NotFound("course " + id));
    }

    public Optional<Course> find(long communityId, long id) {
        return jdbc.sql(COURSE + " where c.community_id = ? and c.id = ?").params(communityId, id)
                .query((rs, n) -> course(rs, List.of())).optional()
                .map(c -> withSessions(c, sessionsOf(List.of(c.id())).getOrDefault(c.id(), List.of())));
    }

    /** Locks the course's row for the rest of the transaction and reads it: enrolments queue behind the lock. */
    public Course lock(long communityId, long id) {
        jdbc.sql("select id from activity_course where community_id = ? and id = ? for update").params(communityId, id)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("course " + id));
        return get(communityId, id);
    }

    /**
     * The community's published courses, and the drafts of this father (or every draft, for staff), those to come
     * first in the order they begin, then those begun, newest first.
     */
    public List<Course> list(long communityId, Long draftsOf, boolean allDrafts) {
        List<Long> ids = jdbc.sql("""
                select c.id from activity_course c where c.community_id = ? and (c.published_at is not null
                or ? or c.father_resident_id = ?) order by c.id desc""")
                .params(communityId, allDrafts, draftsOf == null ? -1L : draftsOf).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CourseSession>> sessions = sessionsOf(ids);
        return jdbc.sql(COURSE + " where c.community_id = ? and c.id in (" + placeholders(ids.size()) + ")")
                .params(concat(communityId, ids)).query((rs, n) -> course(rs, sessions.getOrDefault(rs.getLong("id"),
                        List.of()))).list().stream()
                .sorted(java.util.Comparator.comparing((Course c) -> c.sessions().getFirst().startsAt()).reversed())
                .toList();
    }

    public boolean publish(long courseId, String by, OffsetDateTime now) {
        return jdbc.sql("update activity_course set published_at = ?, published_by = ? where id = ?"
                + " and published_at is null").params(now, by, courseId).update() == 1;
    }

    public void sessionBecame(long sessionId, long eventId) {
        jdbc.sql("update activity_course_session set event_id = ? where id = ?").params(eventId, sessionId).update();
    }

    public boolean isEnrolled(long courseId, long childResidentId) {
        return jdbc.sql("select count(*) from activity_course_enrolment where course_id = ? and child_resident_id = ?")
                .params(courseId, childResidentId).query(Long.class).single() > 0;
    }

    /** Enrols the child (the caller holds the course's lock and has checked there is a place). */
    public long enrol(Course course, Participant child, Participant guardian, String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity_course_enrolment (community_id, course_id, child_resident_id,
                guardian_resident_id, enrolled_by, created_at) values (?, ?, ?, ?, ?, ?)""")
                .params(course.communityId(), course.id(), child.residentId(), guardian.residentId(), by, now)
                .update(key, "id");
        jdbc.sql("update activity_course set enrolled = enrolled + 1 where id = ?").params(course.id()).update();
        return key.getKey().longValue();
    }

    public List<CourseEnrolment> enrolments(long courseId) {
        return jdbc.sql(ENROLMENT + " where n.course_id = ? order by n.id").params(courseId)
                .query(Courses::enrolment).list();
    }

    /** The enrolments of one household's children in the course. */
    public List<CourseEnrolment> enrolmentsOf(long courseId, long householdId) {
        return jdbc.sql(ENROLMENT + " where n.course_id = ? and c.household_id = ? order by n.id")
                .params(courseId, householdId).query(Courses::enrolment).list();
    }

    private static Course withSessions(Course c, List<CourseSession> sessions) {
        return new Course(c.id(), c.communityId(), c.programmeId(), c.fatherResidentId(), c.fatherName(), c.title(),
                c.profession(), c.description(), c.minAge(), c.maxAge(), c.capacity(), c.enrolled(), c.publishedAt(),
                sessions);
    }

    private Map<Long, List<CourseSession>> sessionsOf(List<Long> courseIds) {
        return jdbc.sql("select id, course_id, position, place, starts_at, ends_at, event_id"
                + " from activity_course_session where course_id in (" + placeholders(courseIds.size()) + ")"
                + " order by course_id, position").params(new ArrayList<Object>(courseIds))
                .query((rs, n) -> Map.entry(rs.getLong("course_id"), new CourseSession(rs.getLong("id"),
                        rs.getInt("position"), rs.getString("place"), rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class), rs.getObject("event_id", Long.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<Object> concat(Object first, List<Long> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static Course course(ResultSet rs, List<CourseSession> sessions) throws SQLException {
        return new Course(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("programme_id"),
                rs.getLong("father_resident_id"), rs.getString("father_name"), rs.getString("title"),
                rs.getString("profession"), rs.getString("description"), rs.getInt("min_age"), rs.getInt("max_age"),
                rs.getInt("capacity"), rs.getInt("enrolled"), rs.getObject("published_at", OffsetDateTime.class),
                sessions);
    }

    private static CourseEnrolment enrolment(ResultSet rs, int n) throws SQLException {
        return new CourseEnrolment(rs.getLong("id"), rs.getLong("course_id"), rs.getLong("child_resident_id"),
                rs.getString("child_name"), rs.getLong("guardian_resident_id"), rs.getString("guardian_name"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
