package org.gongzhi.dashboard;

import java.util.Locale;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Labelled;

/** The ways of taking part the modules report, in the order of the whole process: raise, discuss, decide, do. */
public enum ParticipationAction implements Labelled {
    RAISED, SUPPORTED, COMMENTED, OBJECTED, VOTED, VOLUNTEERED, ATTENDED, PLEDGED;

    /** Reads a measure's name in any case; anything else is an unknown measure. */
    public static ParticipationAction parse(String measure) {
        try {
            return valueOf(measure.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("measure", "dashboard.validation.measure", measure);
        }
    }
}
