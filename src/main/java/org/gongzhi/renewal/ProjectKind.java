package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** What kind of work a project is, for filtering the public board. */
public enum ProjectKind implements Labelled {
    GARDEN,
    LIGHTING,
    BIKE_SHED,
    PIPELINE,
    SPORTS,
    ENVIRONMENT,
    OTHER
}
