package org.gongzhi.voting.tally;

import org.gongzhi.voting.StatutoryMajority;

/** How much agreement an owners' joint decision needs (民法典 第278条 第2款). */
public enum MatterClass {

    /** Items 6–8: at least three quarters of the participating headcount and area. */
    MAJOR(StatutoryMajority.MAJOR_MATTER),

    /** Every other item: more than half of the participating headcount and area. */
    ORDINARY(StatutoryMajority.ORDINARY_MATTER);

    private final StatutoryMajority passMajority;

    MatterClass(StatutoryMajority passMajority) {
        this.passMajority = passMajority;
    }

    public StatutoryMajority passMajority() {
        return passMajority;
    }
}
