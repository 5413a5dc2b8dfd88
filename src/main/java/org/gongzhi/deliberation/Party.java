package org.gongzhi.deliberation;

/** The four parties of 四议共答 at a deliberation meeting. */
public enum Party {
    RESIDENTS_COMMITTEE,
    OWNERS_COMMITTEE,
    PROPERTY_COMPANY,
    RESIDENT_REPRESENTATIVES
}
