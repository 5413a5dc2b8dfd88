package org.gongzhi.volunteer;

import java.util.Optional;

import org.gongzhi.shared.domain.Labelled;

/** Star levels from cumulative verified service: 一星 at 100 hours up to 五星 at 1,500 hours. */
public enum Star implements Labelled {
    ONE(100), TWO(300), THREE(600), FOUR(1_000), FIVE(1_500);

    private final long minutes;

    Star(long hours) {
        this.minutes = hours * 60;
    }

    /** The minutes of verified service this level needs. */
    public long minutes() {
        return minutes;
    }

    /** The highest level {@code minutes} of verified service reach, if any. */
    public static Optional<Star> of(long minutes) {
        Star reached = null;
        for (Star star : values()) {
            if (minutes >= star.minutes) {
                reached = star;
            }
        }
        return Optional.ofNullable(reached);
    }

    /** The level after this many minutes, with what is still missing to it; empty at the top. */
    public static Optional<Star> next(long minutes) {
        for (Star star : values()) {
            if (minutes < star.minutes) {
                return Optional.of(star);
            }
        }
        return Optional.empty();
    }
}
