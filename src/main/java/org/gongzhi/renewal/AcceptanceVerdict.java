package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** A household's answer when asked to accept finished work. The first two count towards the satisfaction rate. */
public enum AcceptanceVerdict implements Labelled {
    SATISFIED,
    BASICALLY_SATISFIED,
    NOT_SATISFIED
}
