package org.gongzhi.activity;

import java.time.OffsetDateTime;

/** A child enrolled in a course by a guardian of the household. */
public record CourseEnrolment(long id, long courseId, long childResidentId, String childName,
        long guardianResidentId, String guardianName, OffsetDateTime enrolledAt) {
}
