package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** What a crowdfunding ledger entry books: a promise, money confirmed by two staff members, or money given back. */
public enum LedgerKind implements Labelled {
    PLEDGE,
    PAYMENT,
    REFUND
}
