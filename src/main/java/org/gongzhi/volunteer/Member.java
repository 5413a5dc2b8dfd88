package org.gongzhi.volunteer;

import java.time.OffsetDateTime;

/** A resident's place in a team, with who decided on their request. */
public record Member(long id, long teamId, long residentId, String name, MembershipStatus status,
        OffsetDateTime requestedAt, String decidedBy) {
}
