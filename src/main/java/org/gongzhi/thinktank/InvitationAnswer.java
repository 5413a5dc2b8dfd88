package org.gongzhi.thinktank;

import org.gongzhi.shared.domain.Labelled;

/** A talent's answer to an invitation. */
public enum InvitationAnswer implements Labelled {
    ACCEPTED, DECLINED
}
