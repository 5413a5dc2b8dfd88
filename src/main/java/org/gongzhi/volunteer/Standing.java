package org.gongzhi.volunteer;

import java.util.Optional;

/** A volunteer's verified service in all, as the honour board and their own page show it. */
public record Standing(long residentId, String name, long minutes) {

    public Optional<Star> star() {
        return Star.of(minutes);
    }

    /** Whole hours and the minutes over, for display: 100 h 5 min. */
    public long hours() {
        return minutes / 60;
    }

    public long minutesOver() {
        return minutes % 60;
    }
}
