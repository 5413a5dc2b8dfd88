package org.gongzhi.deliberation.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.FollowUpOrders;
import org.gongzhi.cases.WorkOrderStepTaken;
import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.Proposals;

/**
 * An adopted proposal whose consensus plan asks for a small fix is carried out by a work order reported on the
 * author's behalf at the proposal's place; the proposal is in progress once the handling starts and done once the
 * author accepts the fix. Both run after the step that caused them committed, delivered through the event
 * publication registry, so a failure is retried rather than lost.
 */
@Component
class WorkOrderFollowUps {

    /** Reasons on the timeline are a record and stay in the community's language, whoever took the step. */
    private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MeetingHandling meetings;
    private final Proposals store;
    private final ProposalHandling proposals;
    private final FollowUpOrders orders;
    private final MessageSource messages;

    WorkOrderFollowUps(MeetingHandling meetings, Proposals store, ProposalHandling proposals, FollowUpOrders orders,
            MessageSource messages) {
        this.meetings = meetings;
        this.store = store;
        this.proposals = proposals;
        this.orders = orders;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ProposalAdopted adopted) {
        meetings.consensusPlan(adopted.communityId(), adopted.proposalId())
                .filter(plan -> plan.followUp() == FollowUp.WORK_ORDER)
                .ifPresent(plan -> open(adopted, plan));
    }

    @ApplicationModuleListener
    void on(WorkOrderStepTaken step) {
        if (step.proposalId() == null
                || step.action() != CaseAction.START && step.action() != CaseAction.VERIFY_PASS) {
            return;
        }
        ProposalActor by = new ProposalActor(step.accountId(), step.residentId(), step.actorName());
        String reason = messages.getMessage("proposal.followUp.workOrder." + step.action(),
                new Object[] {step.workOrderId()}, RECORD_LANGUAGE);
        if (step.action() == CaseAction.START) {
            proposals.followUpStarted(step.communityId(), step.proposalId(), by, reason);
        } else {
            proposals.followUpDone(step.communityId(), step.proposalId(), by, reason);
        }
    }

    private void open(ProposalAdopted adopted, ConsensusPlan plan) {
        Proposal proposal = store.get(adopted.communityId(), adopted.proposalId());
        ProposalPlace place = proposal.place();
        // never the author's home: everyone can read a proposal's work order, and the author's name is public
        CasePlace.Kind kind = switch (place.kind()) {
            case STAIRWELL -> CasePlace.Kind.STAIRWELL;
            case BUILDING -> CasePlace.Kind.BUILDING;
            case LANDMARK -> CasePlace.Kind.LANDMARK;
            case COMMUNITY -> null;
        };
        orders.open(proposal.communityId(), proposal.id(), proposal.authorResidentId(),
                category(proposal.content().category()), kind, place.code(),
                proposal.content().title() + "\n" + plan.text());
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
