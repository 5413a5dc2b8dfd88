package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** Whose households are asked to accept a finished project: the whole community, one zone, some grids or buildings. */
public enum AcceptanceArea implements Labelled {
    COMMUNITY,
    ZONE,
    GRIDS,
    BUILDINGS
}
