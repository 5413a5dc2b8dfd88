package org.gongzhi.notice.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.notice.NoticePublished;
import org.gongzhi.notice.Notices;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.notice.Notifications;
import org.gongzhi.shared.scheduling.JobLease;

/**
 * A notice staff published tells everyone living in its place (all but its author), once: at once when it goes up
 * now, or from the job when its publish time comes. Whoever tells first claims the notice's row, so a redelivered
 * event, a second run of the job or a second instance tells nobody again; and each resident's notification is unique
 * per notice besides.
 */
@Component
class NoticesReachInboxes {

    private static final Logger log = LoggerFactory.getLogger(NoticesReachInboxes.class);
    private static final int DUE_PER_RUN = 100;

    private final Notices notices;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JobLease leases;

    NoticesReachInboxes(Notices notices, Notifications notifications, TransactionTemplate transaction, Clock clock, JobLease leases) {
        this.leases = leases;
        this.notices = notices;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NoticePublished published) {
        if (!published.publishAt().isAfter(now())) {
            tell(published.communityId(), published.noticeId());
        }
    }

    /** The notices published ahead of time whose time has come, each told in a transaction of its own. */
    void tellThoseNowUp() {
        int told = 0;
        for (long[] notice : notices.untold(now(), DUE_PER_RUN)) {
            Integer n = transaction.execute(s -> tell(notice[0], notice[1]));
            told += n == null ? 0 : n;
        }
        if (told > 0) {
            log.info("Told {} residents of notices now up", told);
        }
    }

    /** On one instance at a time (docs/operations.md, "Several identical instances"). */
    @Scheduled(initialDelayString = "${gongzhi.notices.telling-delay:PT1M}",
            fixedDelayString = "${gongzhi.notices.telling-interval:PT1M}")
    void tellOnce() {
        leases.runAlone("notice-telling", Duration.ofSeconds(30), Duration.ofMinutes(10), this::tellThoseNowUp);
    }

    /** Tells the notice's audience if nobody has yet; answers how many were told. */
    int tell(long communityId, long noticeId) {
        OffsetDateTime now = now();
        return notices.claimUntold(communityId, noticeId, now)
                .map(n -> notifications.addToAudience(n.communityId(), n.audience(), n.audienceId(),
                        n.authorResidentId(), NotificationKind.NOTICE_PUBLISHED, n.id(), n.title(),
                        "/notices/" + n.id(), "notice:" + n.id(), now))
                .orElse(0);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
