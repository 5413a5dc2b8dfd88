package org.gongzhi.activity.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.gongzhi.activity.Course;
import org.gongzhi.activity.CourseEnrolment;
import org.gongzhi.activity.CourseSession;
import org.gongzhi.shared.pii.Masking;

/** What the course API answers; the father is named as others see him in lists (family name and stars). */
final class CourseViews {

    private CourseViews() {
    }

    record CourseSessionView(int position, String place, OffsetDateTime startsAt, OffsetDateTime endsAt,
            Long eventId) {

        static CourseSessionView of(CourseSession s) {
            return new CourseSessionView(s.position(), s.place(), s.startsAt(), s.endsAt(), s.eventId());
        }
    }

    record CourseView(long id, String title, String profession, String description, String father, int minAge,
            int maxAge, int capacity, int enrolled, OffsetDateTime publishedAt, List<CourseSessionView> sessions) {

        static CourseView of(Course c) {
            return new CourseView(c.id(), c.title(), c.profession(), c.description(), Masking.name(c.fatherName()),
                    c.minAge(), c.maxAge(), c.capacity(), c.enrolled(), c.publishedAt(),
                    c.sessions().stream().map(CourseSessionView::of).toList());
        }
    }

    record CourseEnrolmentView(long id, long courseId, long childId, String child, long guardianId, String guardian,
            OffsetDateTime enrolledAt) {

        static CourseEnrolmentView of(CourseEnrolment e) {
            return new CourseEnrolmentView(e.id(), e.courseId(), e.childResidentId(), e.childName(),
                    e.guardianResidentId(), e.guardianName(), e.enrolledAt());
        }
    }
}
