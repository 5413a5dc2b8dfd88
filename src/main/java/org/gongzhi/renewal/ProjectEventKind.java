package org.gongzhi.renewal;

/** What happened to a project, as its history shows it. */
public enum ProjectEventKind {
    CREATED, STARTED, PLAN_EDITED, PROGRESS, SPENDING, COMPLETED, ACCEPTED, REWORK, FUNDING_LINE, SPENDING_OVERRIDE
}
