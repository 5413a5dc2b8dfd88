package org.gongzhi.activity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.Cohort;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * 爸爸兵团 courses: a father offers one, he or staff publish it, and guardians enrol the children of their household.
 * Publishing turns each session into an event of the programme, so places, the door list and check-in are the
 * events' own; enrolling registers the child for every session, under the course's lock so that the places are
 * exact when many enrol at once.
 */
@Service
public class CourseHandling {

    public static final String PROGRAMME = "DADS";
    private static final String SUBJECT = "ACTIVITY_COURSE";

    private final Courses courses;
    private final Events events;
    private final ActivityPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    CourseHandling(Courses courses, Events events, ActivityPermissions permissions, AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.events = events;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published courses, and the drafts the actor may publish. */
    public List<Course> list(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return courses.list(actor.communityId(), actor.residentId(), permissions.mayManage(actor));
    }

    /** A published course, or a draft to its father and staff; otherwise not found. */
    public Course visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return courses.find(actor.communityId(), id).filter(c -> c.published() || mayPublish(actor, c))
                .orElseThrow(() -> new NotFound("course " + id));
    }

    public boolean mayPublish(Actor actor, Course course) {
        return permissions.mayManage(actor) || Long.valueOf(course.fatherResidentId()).equals(actor.residentId());
    }

    /** Whether the actor may offer a course of their own: an adult living here, who is its father. */
    public boolean mayOffer(Actor actor) {
        return permissions.mayRead(actor) && me(actor).filter(me -> !me.childOn(today())).isPresent();
    }

    /**
     * A father offers a course; staff name the father ({@code fatherId}), a resident offers his own. Answers the
     * draft's id.
     */
    @Transactional
    public long offer(Actor actor, CourseInput input, Long fatherId) {
        Permissions.require(permissions.mayRead(actor));
        Participant father;
        if (permissions.mayManage(actor) && fatherId != null) {
            father = events.participant(actor.communityId(), fatherId)
                    .orElseThrow(() -> InvalidInput.of("fatherId", "activity.invalid.father"));
        } else {
            father = me(actor).orElseThrow(() -> InvalidInput.of("fatherId", "activity.invalid.father"));
        }
        if (father.childOn(today())) {
            throw InvalidInput.of("fatherId", "activity.invalid.father");
        }
        input.check(now());
        Programme programme = events.programme(actor.communityId(), PROGRAMME)
                .orElseThrow(() -> new NotFound("programme " + PROGRAMME));
        long id = courses.add(actor.communityId(), programme.id(), father.residentId(), input, actor.displayName(),
                now());
        audit.record(actor.communityId(), "COURSE_OFFERED", SUBJECT, id, input.sessions().size() + " sessions");
        return id;
    }

    /** The father or staff publish the draft: each session becomes an event of the programme, open to enrolment. */
    @Transactional
    public void publish(Actor actor, long id) {
        Course course = visible(actor, id);
        Permissions.require(mayPublish(actor, course));
        course = courses.lock(actor.communityId(), id);
        if (course.published()) {
            throw new Refused("activity.refused.coursePublished", "already published", course.title());
        }
        if (course.started(now())) {
            throw new Refused("activity.refused.courseStarted", "the course has begun", course.title());
        }
        int total = publishSessions(course, actor.displayName(), now());
        audit.record(actor.communityId(), "COURSE_PUBLISHED", SUBJECT, course.id(), total + " events");
    }

    /** The children of the actor's household the course is for and who are not enrolled yet. */
    public List<Participant> enrollable(Actor actor, Course course) {
        Optional<Participant> me = me(actor).filter(p -> !p.childOn(course.firstDay()));
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> enrolled = courses.enrolmentsOf(course.id(), me.get().householdId()).stream()
                .map(CourseEnrolment::childResidentId).toList();
        return events.household(actor.communityId(), me.get().householdId()).stream()
                .filter(p -> p.childOn(course.firstDay()) && course.agesAllow(p))
                .filter(p -> !enrolled.contains(p.residentId())).toList();
    }

    /** Staff see every enrolment; a resident their household's children. */
    public List<CourseEnrolment> enrolments(Actor actor, long id) {
        Course course = visible(actor, id);
        if (permissions.mayManage(actor) || mayPublish(actor, course)) {
            return courses.enrolments(course.id());
        }
        return me(actor).map(me -> courses.enrolmentsOf(course.id(), me.householdId())).orElse(List.of());
    }

    /**
     * A guardian enrols a child of the household (staff name the guardian); the child gets a place at every session.
     */
    @Transactional
    public CourseEnrolment enrol(Actor actor, long id, Long childId, Long guardianId) {
        if (childId == null) {
            throw InvalidInput.of("childId", "validation.required");
        }
        visible(actor, id);
        Course course = courses.lock(actor.communityId(), id);
        boolean staff = permissions.mayManage(actor);
        Participant child = events.participant(actor.communityId(), childId)
                .orElseThrow(() -> InvalidInput.of("childId", "activity.invalid.notGuardian"));
        Participant guardian = staff && guardianId != null ? events.participant(actor.communityId(), guardianId)
                .orElse(null) : me(actor).orElse(null);
        course.checkEnrolment(child, guardian, now());
        if (courses.isEnrolled(course.id(), child.residentId())) {
            throw new Refused("activity.refused.courseEnrolled", "already enrolled", child.name());
        }
        long enrolment = enrolInSessions(course, child, guardian, actor.displayName(), staff, now());
        audit.record(actor.communityId(), "COURSE_ENROLLED", SUBJECT, course.id(), "#" + enrolment);
        return courses.enrolments(course.id()).stream().filter(e -> e.id() == enrolment).findFirst().orElseThrow();
    }

    /** Turns each session of the (locked) course into an event and publishes it; answers how many sessions. */
    public int publishSessions(Course course, String by, OffsetDateTime now) {
        int total = course.sessions().size();
        for (CourseSession s : course.sessions()) {
            String title = course.title() + " · " + s.position() + "/" + total;
            long event = events.add(course.communityId(), new EventInput(course.programmeId(), title,
                    course.profession() + (course.description() == null ? "" : " · " + course.description()),
                    s.place(), s.startsAt(), s.endsAt(), course.capacity(), course.minAge(), course.maxAge(),
                    EnumSet.of(Cohort.CHILD)), by, now);
            courses.sessionBecame(s.id(), event);
        }
        courses.publish(course.id(), by, now);
        return total;
    }

    /** Enrols the child in the (locked, checked) course and gives them a place at every session; answers the id. */
    public long enrolInSessions(Course course, Participant child, Participant guardian, String by, boolean byStaff,
            OffsetDateTime now) {
        long enrolment = courses.enrol(course, child, guardian, by, now);
        for (CourseSession s : course.sessions()) {
            CommunityEvent event = events.lock(course.communityId(), s.eventId());
            if (!events.hasActiveRegistration(event.id(), child.residentId())) {
                events.register(event, child, guardian, event.full() ? RegistrationStatus.WAITING
                        : RegistrationStatus.REGISTERED, by, byStaff, now);
            }
        }
        return enrolment;
    }

    private Optional<Participant> me(Actor actor) {
        return actor.residentId() == null ? Optional.empty()
                : events.participant(actor.communityId(), actor.residentId());
    }

    private java.time.LocalDate today() {
        return now().atZoneSameInstant(CommunityEvent.ZONE).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
