package org.gongzhi.volunteer;

import org.gongzhi.shared.domain.Labelled;

/** Where a resident stands with a team: asked to join, a member, turned down, or left. */
public enum MembershipStatus implements Labelled {
    REQUESTED, MEMBER, DECLINED, LEFT
}
