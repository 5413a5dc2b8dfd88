package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** Where a micro-renewal project stands: planned, under way, completed. */
public enum ProjectState implements Labelled {
    PLANNED,
    IN_PROGRESS,
    COMPLETED
}
