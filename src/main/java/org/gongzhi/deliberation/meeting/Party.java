package org.gongzhi.deliberation.meeting;

import org.gongzhi.shared.domain.Labelled;

/** The four parties of 四议共答 at a deliberation meeting. */
public enum Party implements Labelled {
    RESIDENTS_COMMITTEE,
    OWNERS_COMMITTEE,
    PROPERTY_COMPANY,
    RESIDENT_REPRESENTATIVES
}
