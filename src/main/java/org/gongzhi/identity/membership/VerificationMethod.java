package org.gongzhi.identity.membership;

import org.gongzhi.shared.domain.Labelled;

/** How a verification was made: a household code, staff who saw the ID card, or ID digits matched and approved by staff. */
public enum VerificationMethod implements Labelled {
    HOUSEHOLD_CODE, IN_PERSON, ID_DIGITS_APPROVED
}
