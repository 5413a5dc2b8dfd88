package org.gongzhi.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseHandling;
import org.gongzhi.shared.scheduling.JobLease;

import java.time.Duration;

/**
 * Escalates overdue work orders to the residents' committee every few minutes. Safe on several instances:
 * each order is flagged by a version-guarded update, so only one instance records the escalation.
 */
@Component
class CaseEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(CaseEscalationJob.class);

    private final CaseHandling handling;
    private final JobLease leases;

    CaseEscalationJob(CaseHandling handling, JobLease leases) {
        this.leases = leases;
        this.handling = handling;
    }

    @Scheduled(initialDelayString = "${gongzhi.cases.escalation-delay:PT1M}",
            fixedDelayString = "${gongzhi.cases.escalation-interval:PT10M}")
    void escalateOverdue() {
        leases.runAlone("case-escalation", Duration.ofMinutes(2), Duration.ofMinutes(30), () -> {
            int escalated = handling.escalateOverdue();
            if (escalated > 0) {
                log.info("Escalated {} overdue work orders to the residents' committee", escalated);
            }
        });
    }
}
