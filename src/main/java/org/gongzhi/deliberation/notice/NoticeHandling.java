package org.gongzhi.deliberation.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.domain.TextRules;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Public notice (公示) of a deliberated plan: residents object during the notice period, the residents' committee
 * answers each objection once. The notice itself is recorded when the proposal is put on notice
 * ({@link ProposalHandling}).
 */
@Service
public class NoticeHandling {

    public static final int MAX_TEXT = 1000;

    private final ProposalHandling proposals;
    private final PublicNotices store;
    private final ProposalPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeHandling(ProposalHandling proposals, PublicNotices store, ProposalPermissions permissions, AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The proposal's notice, if it was ever put on notice and the actor may see the proposal. */
    public Optional<PublicNotice> notice(Actor actor, long proposalId) {
        proposals.visible(actor, proposalId);
        return store.find(actor.communityId(), proposalId);
    }

    public boolean isOpen(PublicNotice notice) {
        return notice.isOpenAt(OffsetDateTime.now(clock));
    }

    /** A resident objects to the plan, while the notice period lasts. */
    @Transactional
    public long object(Actor actor, long proposalId, String text) {
        Permissions.require(permissions.mayParticipate(actor));
        String objection = TextRules.required(text, "text", MAX_TEXT);
        PublicNotice notice = existing(actor, proposalId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!notice.isOpenAt(now)) {
            throw new Refused("notice.refused.closed", "the notice period has ended");
        }
        long id = store.addObjection(actor.communityId(), proposalId, actor.residentId(), objection, now);
        audit.record(actor.communityId(), "PROPOSAL_OBJECTION", Proposal.SUBJECT, proposalId, "objection " + id);
        return id;
    }

    /** The residents' committee answers an objection, once. */
    @Transactional
    public void answer(Actor actor, long proposalId, long objectionId, String answer) {
        Permissions.require(permissions.mayTriage(actor));
        String text = TextRules.required(answer, "answer", MAX_TEXT);
        existing(actor, proposalId);
        if (!store.objectionExists(actor.communityId(), proposalId, objectionId)) {
            throw new NotFound("objection " + objectionId);
        }
        if (!store.answer(actor.communityId(), proposalId, objectionId, text, actor.accountId(),
                OffsetDateTime.now(clock))) {
            throw new Refused("notice.refused.answered", "the objection is already answered");
        }
        audit.record(actor.communityId(), "PROPOSAL_OBJECTION_ANSWERED", Proposal.SUBJECT, proposalId,
                "objection " + objectionId);
    }

    private PublicNotice existing(Actor actor, long proposalId) {
        return notice(actor, proposalId).orElseThrow(
                () -> new Refused("notice.refused.none", "the proposal is not on notice"));
    }
}
