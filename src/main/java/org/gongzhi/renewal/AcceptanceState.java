package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** Where an acceptance round stands: households answering; closed and accepted; closed and sent back for rework. */
public enum AcceptanceState implements Labelled {
    OPEN,
    ACCEPTED,
    REWORK
}
