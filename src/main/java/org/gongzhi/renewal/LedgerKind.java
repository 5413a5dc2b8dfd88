package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/**
 * What a crowdfunding ledger entry books: a promise, money confirmed by two staff members, money given back, or money
 * spent on the project from its crowdfunding line.
 */
public enum LedgerKind implements Labelled {
    PLEDGE,
    PAYMENT,
    REFUND,
    EXPENSE
}
