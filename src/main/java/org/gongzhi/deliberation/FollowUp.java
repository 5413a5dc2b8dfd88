package org.gongzhi.deliberation;

/** How an adopted proposal is carried out: a micro-renewal project, or a work order for a small fix. */
public enum FollowUp {
    PROJECT,
    WORK_ORDER
}
