package org.gongzhi.voting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.scheduling.JobLease;
import org.gongzhi.voting.Voting;

/**
 * Closes the open votes whose closing time has passed, every minute or so, as the system: the tally is stored and the
 * proposal a vote decides moves, as with a close by hand. Safe on several instances: each close holds the vote row
 * and skips a vote someone closed meanwhile. Ballots are refused from the closing time on, whenever this runs.
 */
@Component
class VoteClosingJob {

    private static final Logger log = LoggerFactory.getLogger(VoteClosingJob.class);

    private final Voting voting;
    private final Clock clock;
    private final JobLease leases;

    VoteClosingJob(Voting voting, Clock clock, JobLease leases) {
        this.leases = leases;
        this.voting = voting;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${gongzhi.votes.closing-delay:PT1M}",
            fixedDelayString = "${gongzhi.votes.closing-interval:PT1M}")
    void closeOverdue() {
        leases.runAlone("vote-closing", Duration.ofSeconds(30), Duration.ofMinutes(10), () -> {
            int closed = voting.closeOverdue(OffsetDateTime.now(clock));
            if (closed > 0) {
                log.info("Closed {} votes whose closing time had passed", closed);
            }
        });
    }
}
