package org.gongzhi.thinktank;

import org.gongzhi.shared.domain.Labelled;

/** When a talent can usually help. */
public enum Availability implements Labelled {
    WEEKDAYS, EVENINGS, WEEKENDS, ANYTIME
}
