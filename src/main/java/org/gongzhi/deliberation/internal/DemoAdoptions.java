package org.gongzhi.deliberation.internal;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.deliberation.DemoTimeline;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.demo.EventsDelivered;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.Voting;

/**
 * After DemoVotes: the central-garden proposal was adopted when the residents' vote on it closed (two weeks ago, as
 * DemoVotes dated the vote), not when the demo was loaded. Dating it again gives the same date.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoAdoptions implements DemoStep {

    private final JdbcClient jdbc;
    private final DemoTimeline timeline;
    private final Voting voting;
    private final VoteQueries votes;
    private final EventsDelivered events;
    private final TransactionTemplate transaction;

    DemoAdoptions(JdbcClient jdbc, DemoTimeline timeline, Voting voting, VoteQueries votes, EventsDelivered events,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.voting = voting;
        this.votes = votes;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void load() {
        // the vote's close adopts the proposal once its events are delivered
        events.await();
        transaction.executeWithoutResult(status -> jdbc.sql(
                "select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                .ifPresent(this::dateGardenAdoption));
    }

    private void dateGardenAdoption(long community) {
        Actor staff = new Actor(0, "rc.staff", "居委会", community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        timeline.proposal(community, DemoProposals.CENTRAL_GARDEN_TITLE).ifPresent(garden -> voting
                .decidingVote(staff, garden)
                .flatMap(vote -> votes.list(community, true).stream().filter(v -> v.id() == vote.id()).findFirst())
                .filter(vote -> vote.closedAt() != null)
                .ifPresent(vote -> timeline.date(garden, ProposalAction.ADOPT, vote.closedAt())));
    }
}
