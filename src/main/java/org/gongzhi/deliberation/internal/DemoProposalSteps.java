package org.gongzhi.deliberation.internal;

import java.time.OffsetDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.notice.PublicNotices;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.Proposals;

/**
 * The demo's steps after the agenda, dated in the past as the story tells them: putting a plan on notice records
 * its notice period as the platform does, and residents' objections get the committee's answers.
 */
@Component
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoProposalSteps {

    static final int NOTICE_DAYS = 7;

    private final Proposals proposals;
    private final PublicNotices notices;

    DemoProposalSteps(Proposals proposals, PublicNotices notices) {
        this.proposals = proposals;
        this.notices = notices;
    }

    void takeStep(long community, long id, ProposalAction action, String reason, ProposalActor who, OffsetDateTime at) {
        Proposal proposal = proposals.get(community, id);
        proposal.takeStep(action, reason, at);
        proposals.save(proposal, who, at);
        if (action == ProposalAction.PUT_ON_NOTICE) {
            notices.add(community, id, at, at.plusDays(NOTICE_DAYS), who.accountId() == null ? 0 : who.accountId());
        }
    }

    /** A resident's objection during the notice and the committee's answer to it. */
    void objection(long community, long id, long residentId, String text, OffsetDateTime at, String answer,
            OffsetDateTime answeredAt, ProposalActor committee) {
        long objection = notices.addObjection(community, id, residentId, text, at);
        notices.answer(community, id, objection, answer, committee.accountId() == null ? 0 : committee.accountId(),
                answeredAt);
    }
}
