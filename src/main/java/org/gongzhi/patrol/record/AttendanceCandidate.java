package org.gongzhi.patrol.record;

/**
 * A person who may be recorded as attending a patrol, with their age on the patrol day (many are in their 80s
 * and 90s) and where they live, so that the secretary can tell namesakes apart.
 */
public record AttendanceCandidate(long residentId, String name, int age, AttendanceRole role, int buildingNumber,
        int unitNumber, String room, boolean present) {
}
