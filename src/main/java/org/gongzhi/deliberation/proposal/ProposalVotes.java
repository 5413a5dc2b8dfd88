package org.gongzhi.deliberation.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.voting.DecidedProposals;
import org.gongzhi.voting.VoteClosed;

/**
 * Deliberation's side of 民事民决: tells voting which proposals a vote may decide, and when a vote that decides a
 * proposal has closed, adopts the proposal or not, delivered through the event publication registry so that the
 * decision follows the vote even when the first delivery fails.
 */
@Component
class ProposalVotes implements DecidedProposals {

    /** Reasons on the timeline are a record and stay in the community's language, whoever closed the vote. */
    private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Proposals store;
    private final ProposalHandling proposals;
    private final MeetingHandling meetings;
    private final MessageSource messages;

    ProposalVotes(Proposals store, ProposalHandling proposals, MeetingHandling meetings, MessageSource messages) {
        this.store = store;
        this.proposals = proposals;
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public Optional<Subject> find(long communityId, long proposalId) {
        return store.find(communityId, proposalId).filter(p -> p.state().isPublic()).map(this::subject);
    }

    @Override
    public Optional<Subject> hold(long communityId, long proposalId) {
        store.hold(communityId, proposalId);
        return find(communityId, proposalId);
    }

    @Override
    public Optional<Subject> awaitingDecision(long communityId, String title) {
        return store.idByTitle(communityId, title).flatMap(id -> find(communityId, id))
                .filter(Subject::awaitingDecision);
    }

    @ApplicationModuleListener
    void decide(VoteClosed closed) {
        if (closed.proposalId() != null) {
            String reason = messages.getMessage(closed.passed() ? "proposal.decision.reason.passed"
                    : "proposal.decision.reason.notPassed", new Object[] {closed.voteId()}, RECORD_LANGUAGE);
            proposals.decideByVote(closed.communityId(), closed.proposalId(), closed.voteId(), closed.passed(),
                    reason);
        }
    }

    private Subject subject(Proposal proposal) {
        return new Subject(proposal.id(), proposal.content().title(), summary(proposal),
                proposal.state() == ProposalState.DECIDING);
    }

    /** The proposal's description and the plan the four parties co-signed, to start a vote's description from. */
    private String summary(Proposal proposal) {
        List<String> parts = new ArrayList<>(List.of(proposal.content().description()));
        meetings.forProposal(proposal.communityId(), proposal.id()).stream()
                .map(r -> r.item().plan()).filter(Objects::nonNull).reduce((first, latest) -> latest)
                .ifPresent(plan -> {
                    Locale locale = LocaleContextHolder.getLocale();
                    parts.add(messages.getMessage("proposal.decision.summary.plan", new Object[] {plan.text()},
                            locale));
                    parts.add(messages.getMessage("proposal.decision.summary.cost",
                            new Object[] {plan.cost(), plan.fundingSource()}, locale));
                });
        return String.join("\n", parts);
    }
}
