package org.gongzhi.identity.membership;

import org.gongzhi.shared.domain.Labelled;

/** Where a sign-up stands. */
public enum JoinStatus implements Labelled {
    PENDING, VERIFIED, REJECTED
}
