package org.gongzhi.notice;

import org.gongzhi.shared.domain.Labelled;

/** What a notice is about, as the stairwell boards sort them. */
public enum NoticeCategory implements Labelled {
    UTILITIES,
    DELIBERATION,
    VOTE,
    ACTIVITY,
    SAFETY,
    OTHER
}
