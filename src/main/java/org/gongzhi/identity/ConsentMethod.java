package org.gongzhi.identity;

import org.gongzhi.shared.domain.Labelled;

/** How a resident without a phone agreed that someone acts for them (代办): face to face, on the phone, in writing. */
public enum ConsentMethod implements Labelled {
    IN_PERSON,
    BY_PHONE,
    WRITTEN
}
