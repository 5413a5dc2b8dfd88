package org.gongzhi.cases.open311;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An Open311 API key as staff see it: never the key itself, which is shown once when issued. */
public record Open311Key(long id, String label, String createdBy, OffsetDateTime createdAt, boolean revoked,
        String revokedBy, OffsetDateTime revokedAt) {

    /** A key that checked out: which community it files into, and under what name. */
    public record Verified(long id, long communityId, String label) {
    }

    /** A newly issued key with its secret, to be shown exactly once. */
    public record Issued(long id, String label, String key) implements Serializable {
    }
}
