package org.gongzhi.volunteer;

import org.gongzhi.shared.domain.Labelled;

/** Where a service record came from: the team leader, an attended patrol day, or helping at an event. */
public enum ServiceSource implements Labelled {
    LEADER, PATROL, EVENT
}
