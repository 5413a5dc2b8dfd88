package org.gongzhi.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseHandling;

/**
 * Escalates overdue work orders to the residents' committee every few minutes. Safe on several instances:
 * each order is flagged by a version-guarded update, so only one instance records the escalation.
 */
@Component
class CaseEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(CaseEscalationJob.class);

    private final CaseHandling handling;

    CaseEscalationJob(CaseHandling handling) {
        this.handling = handling;
    }

    @Scheduled(initialDelayString = "${gongzhi.cases.escalation-delay:PT1M}",
            fixedDelayString = "${gongzhi.cases.escalation-interval:PT10M}")
    void escalateOverdue() {
        int escalated = handling.escalateOverdue();
        if (escalated > 0) {
            log.info("Escalated {} overdue work orders to the residents' committee", escalated);
        }
    }
}
