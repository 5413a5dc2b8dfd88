package org.gongzhi.identity.membership;

import org.gongzhi.shared.domain.Labelled;

/** How a joining resident chooses to prove where they live. */
public enum JoinMethod implements Labelled {
    HOUSEHOLD_CODE, IN_PERSON, ID_DIGITS
}
