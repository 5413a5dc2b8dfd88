package org.gongzhi.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * Staff closed an event: the helpers who came have served their teams for the event's length on its day. Published
 * once per event; the volunteer module turns each helper into verified service, once however often it arrives.
 */
public record EventHelpersServed(long communityId, long eventId, String title, LocalDate day, int minutes,
        String closedBy, List<Served> helpers) {

    /** One helper who came, the team they served and what they did. */
    public record Served(long residentId, long teamId, String task) {
    }
}
