package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** How a pledge's money reached the residents' committee. */
public enum PaymentMethod implements Labelled {
    CASH,
    BANK_TRANSFER,
    COMMITTEE_ACCOUNT
}
