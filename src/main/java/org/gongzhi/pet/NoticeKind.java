package org.gongzhi.pet;

import org.gongzhi.shared.domain.Labelled;

/** A notice on the lost-and-found board: a pet lost, or a pet found. */
public enum NoticeKind implements Labelled {
    LOST, FOUND
}
