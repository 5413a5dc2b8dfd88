package org.gongzhi.identity.membership;

import org.gongzhi.shared.domain.Labelled;

/** How far an account is trusted: for a household it lives in, or also as owner of its unit (owners' votes). */
public enum VerificationLevel implements Labelled {
    HOUSEHOLD_RESIDENT, UNIT_OWNER
}
