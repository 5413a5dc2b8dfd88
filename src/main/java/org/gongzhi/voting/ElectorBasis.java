package org.gongzhi.voting;

/** Who holds one vote. */
public enum ElectorBasis {

    /** One owner-person per 最高法 建筑物区分所有权解释 第9条 (owners' matters only). */
    OWNER_PERSON,

    /** Every resident aged 18 or more on the opening day, tenants included, not moved out. */
    ADULT,

    /** One vote per household, cast by any of its adults; the first ballot stands. */
    HOUSEHOLD
}
