package org.gongzhi.volunteer;

import org.gongzhi.shared.domain.Labelled;

/** Why a resident is visited regularly: living alone, over eighty, or because their family asked. */
public enum CareReason implements Labelled {
    LIVING_ALONE, OVER_80, FAMILY_ASKED
}
