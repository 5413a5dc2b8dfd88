package org.gongzhi.patrol;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.Landmark;
import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.Meetings;
import org.gongzhi.deliberation.Proposal;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalTransitionRefused;
import org.gongzhi.deliberation.Proposals;
import org.gongzhi.deliberation.StoredProposals;
import org.gongzhi.shared.audit.AuditTrail;

/**
 * An adopted proposal whose consensus plan asks for a small fix becomes a work order reported on the author's
 * behalf, at the proposal's place (or the author's stairwell when the place is the whole community); the
 * proposal is in progress once the handling starts and done once the fix is accepted.
 */
@Service
public class ProposalWorkOrders {

    static final int MAX_DESCRIPTION = 1000;

    private final WorkOrders orders;
    private final CasePlaces places;
    private final StoredProposals storedProposals;
    private final Proposals proposals;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;

    ProposalWorkOrders(WorkOrders orders, CasePlaces places, StoredProposals storedProposals,
            Proposals proposals, Meetings meetings, AuditTrail audit, Clock clock, MessageSource messages) {
        this.orders = orders;
        this.places = places;
        this.storedProposals = storedProposals;
        this.proposals = proposals;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** Reports the work order for an adopted proposal whose plan asks for one, once; empty if it asks for none. */
    @Transactional
    public Optional<Long> openFor(long communityId, long proposalId) {
        Optional<ConsensusPlan> plan = meetings.consensusPlan(communityId, proposalId)
                .filter(p -> p.followUp() == FollowUp.WORK_ORDER);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> existing = orders.forProposal(communityId, proposalId);
        if (existing.isPresent()) {
            return existing;
        }
        Proposal proposal = storedProposals.get(communityId, proposalId);
        CasePlaces.Located where = locate(communityId, proposal);
        WorkOrder order = WorkOrder.report(communityId, category(proposal.content().category()), where.gridId(),
                proposal.authorResidentId(), OffsetDateTime.now(clock));
        String description = proposal.content().title() + "\n" + plan.get().text();
        long id = orders.add(order, description.substring(0, Math.min(description.length(), MAX_DESCRIPTION)), where,
                false, CaseActor.SYSTEM);
        orders.linkProposal(communityId, id, proposalId);
        audit.record(communityId, "CASE_REPORTED", CaseHandling.SUBJECT, id, "follow-up of proposal " + proposalId);
        return Optional.of(id);
    }

    /** Moves the proposal an order carries out, in the caller's transaction, when its handling starts or passes. */
    void stepped(WorkOrder order, CaseAction action, CaseActor who) {
        if (action != CaseAction.START && action != CaseAction.VERIFY_PASS) {
            return;
        }
        orders.proposalOf(order.communityId(), order.id()).ifPresent(proposalId -> {
            ProposalActor by = new ProposalActor(who.accountId(), who.residentId(), who.name());
            // the proposal's timeline is a record, kept in the community's language whoever reads it
            String reason = messages.getMessage("case.proposalReason." + action, new Object[] {order.id()},
                    Locale.SIMPLIFIED_CHINESE);
            if (action == CaseAction.START) {
                proposals.followUpStarted(order.communityId(), proposalId, by, reason);
            } else {
                proposals.followUpDone(order.communityId(), proposalId, by, reason);
            }
        });
    }

    private CasePlaces.Located locate(long communityId, Proposal proposal) {
        ProposalPlace place = proposal.place();
        boolean landmark = place.kind() == ProposalPlace.Kind.LANDMARK
                && Landmark.named(place.code()).isPresent();
        return switch (place.kind()) {
            case STAIRWELL -> places.locate(communityId, CasePlace.Kind.STAIRWELL, place.code());
            case BUILDING -> places.locate(communityId, CasePlace.Kind.BUILDING, place.code());
            // never the author's home: everyone can read a proposal's work order, and the author's name is public
            case LANDMARK, COMMUNITY -> {
                if (!landmark) {
                    throw new ProposalTransitionRefused("case.refused.followUpPlace",
                            "a work order needs a place in the register");
                }
                yield places.locate(communityId, CasePlace.Kind.LANDMARK, place.code());
            }
        };
    }

    private static CaseCategory category(ProposalCategory category) {
        return switch (category) {
            case ENVIRONMENT -> CaseCategory.LITTER;
            case FACILITIES -> CaseCategory.FACILITY_DAMAGE;
            case GREENERY -> CaseCategory.GREENERY;
            default -> CaseCategory.OTHER;
        };
    }
}
