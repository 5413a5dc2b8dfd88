package org.gongzhi.community.resident;

import org.gongzhi.shared.domain.Labelled;

/** Where a resident's correction request stands. */
public enum CorrectionStatus implements Labelled {
    OPEN, ACCEPTED, DECLINED
}
