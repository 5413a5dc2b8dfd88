package org.gongzhi.cases;

/** Who a work order is dispatched to; an outside department (e.g. the water company) is named. */
public enum ResponsibleParty {
    PROPERTY_COMPANY,
    RESIDENTS_COMMITTEE,
    OWNERS_COMMITTEE,
    OUTSIDE_DEPARTMENT
}
