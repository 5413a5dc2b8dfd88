package org.gongzhi.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.voting.VoteQueries;

/**
 * A resident's inbox. Events fill it as they happen; the votes waiting for the resident's ballot are looked up when
 * the inbox is (voting publishes no event when a vote opens), and a vote closing within a day is told once more.
 * Staff accounts, home in the register or not, also find there what landed in their to-do.
 */
@Service
public class Inbox {

    /** A vote still without the resident's ballot this close to its end is told once more. */
    static final Duration CLOSING_SOON = Duration.ofHours(24);
    private static final int VOTES_LOOKED_AT = 20;

    private final Notifications notifications;
    private final NoticePublishing notices;
    private final VoteQueries votes;
    private final Clock clock;

    Inbox(Notifications notifications, NoticePublishing notices, VoteQueries votes, Clock clock) {
        this.notifications = notifications;
        this.notices = notices;
        this.votes = votes;
        this.clock = clock;
    }

    @Transactional
    public PageResult<Notification> list(Actor actor, int page, int size) {
        Permissions.require(actor.communityId() != null);
        if (actor.residentId() != null) {
            catchUpOnVotes(actor);
        }
        return notifications.of(actor.communityId(), actor.residentId(), actor.accountId(), page, size);
    }

    /** Unread notifications plus the notices for the actor's place their household has not read: the badge. */
    @Transactional
    public long unread(Actor actor) {
        if (actor.communityId() == null) {
            return 0;
        }
        if (actor.residentId() == null) {
            return notifications.unread(actor.communityId(), null, actor.accountId());
        }
        catchUpOnVotes(actor);
        return notifications.unreadBesidesNotices(actor.communityId(), actor.residentId(), actor.accountId())
                + notices.unread(actor);
    }

    @Transactional
    public void markRead(Actor actor, long id) {
        if (actor.communityId() == null
                || !notifications.markRead(actor.communityId(), actor.residentId(), actor.accountId(), id, now())) {
            throw new NotFound("notification " + id);
        }
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return actor.communityId() == null ? 0
                : notifications.markAllRead(actor.communityId(), actor.residentId(), actor.accountId(), now());
    }

    /** Tells the resident of each open vote waiting for their ballot, and again of one closing within a day. */
    private void catchUpOnVotes(Actor actor) {
        OffsetDateTime now = now();
        List<VoteQueries.AwaitingBallot> waiting = votes.awaitingBallot(actor.communityId(), actor.residentId(),
                VOTES_LOOKED_AT).items();
        List<String> keys = new ArrayList<>();
        for (VoteQueries.AwaitingBallot vote : waiting) {
            keys.add(openedKey(vote.id()));
            keys.add(closingKey(vote.id()));
        }
        Set<String> known = notifications.sourcesKnown(actor.residentId(), keys);
        for (VoteQueries.AwaitingBallot vote : waiting) {
            String link = "/votes/" + vote.id();
            if (!known.contains(openedKey(vote.id()))) {
                notifications.add(actor.communityId(), actor.residentId(), NotificationKind.VOTE_OPENED, vote.id(),
                        vote.title(), link, openedKey(vote.id()), now);
            }
            if (vote.closesAt() != null && vote.closesAt().isAfter(now)
                    && !vote.closesAt().isAfter(now.plus(CLOSING_SOON)) && !known.contains(closingKey(vote.id()))) {
                notifications.add(actor.communityId(), actor.residentId(), NotificationKind.VOTE_CLOSING, vote.id(),
                        vote.title(), link, closingKey(vote.id()), now);
            }
        }
    }

    static String openedKey(long voteId) {
        return "vote-opened:" + voteId;
    }

    private static String closingKey(long voteId) {
        return "vote-closing:" + voteId;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
