package org.gongzhi.notice;

import org.gongzhi.shared.domain.Labelled;

/**
 * Why a resident hears of something: a step on their report, a vote that waits for them, its closing and result, a
 * finished project asking to be accepted, a proposal the resident raised or follows moving to its next stage, a notice
 * published for where they live, an event they registered for starting within a day; and staff, of what landed in
 * their to-do.
 */
public enum NotificationKind implements Labelled {
    CASE_STEP,
    VOTE_OPENED,
    VOTE_CLOSING,
    VOTE_PASSED,
    VOTE_NOT_PASSED,
    PET_RABIES_DUE,
    PET_LICENCE_DUE,
    ACCEPTANCE_OPENED,
    PROPOSAL_STAGE,
    NOTICE_PUBLISHED,
    EVENT_REMINDER,
    TASK_ASSIGNED
}
