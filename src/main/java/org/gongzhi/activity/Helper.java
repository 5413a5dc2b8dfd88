package org.gongzhi.activity;

import java.time.OffsetDateTime;

/** A volunteer helping at an event for one of their teams, with the task and whether they came. */
public record Helper(long id, long eventId, long residentId, String name, long teamId, String teamName, String task,
        String addedBy, OffsetDateTime presentAt) {

    public boolean present() {
        return presentAt != null;
    }
}
