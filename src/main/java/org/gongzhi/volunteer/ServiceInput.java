package org.gongzhi.volunteer;

import java.time.LocalDate;

import org.gongzhi.shared.domain.InvalidInput;

/** One service entry as a team leader records it; field rules sit on the request records, this checks the day. */
public record ServiceInput(long residentId, LocalDate servedOn, int minutes, String activity, String whatDone) {

    public static final int MAX_MINUTES = 1440;

    /** Service is recorded for a day that has come, within the last year. */
    public void check(LocalDate today) {
        if (servedOn.isAfter(today) || servedOn.isBefore(today.minusYears(1))) {
            throw InvalidInput.of("servedOn", "volunteer.invalid.servedOn");
        }
        if (minutes <= 0 || minutes > MAX_MINUTES) {
            throw InvalidInput.of("minutes", "volunteer.invalid.minutes");
        }
    }
}
