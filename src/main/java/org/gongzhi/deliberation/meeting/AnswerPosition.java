package org.gongzhi.deliberation.meeting;

/** A party's position on an agenda proposal. */
public enum AnswerPosition {
    SUPPORT,
    SUPPORT_WITH_CHANGES,
    OPPOSE
}
