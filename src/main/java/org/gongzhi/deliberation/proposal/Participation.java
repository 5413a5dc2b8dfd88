package org.gongzhi.deliberation.proposal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Residents support, follow and discuss proposals. Supports and follows count once per resident however often
 * or concurrently they are asked for; the support that reaches the threshold puts the proposal on the agenda.
 */
@Service
public class Participation {

    private final ProposalHandling proposals;
    private final Proposals store;
    private final ProposalPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    Participation(ProposalHandling proposals, Proposals store, ProposalPermissions permissions, AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Supports the proposal; returns how many support it now. */
    @Transactional
    public long support(Actor actor, long id) {
        Proposal proposal = participating(actor, id);
        proposal.checkSupport(actor.residentId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (store.addSupport(actor.communityId(), id, actor.residentId(), now)) {
            proposals.putOnAgendaIfSupported(actor.communityId(), id, now);
        }
        return store.supportCount(actor.communityId(), id);
    }

    /** Withdraws the resident's support while the proposal is still open; returns how many support it now. */
    @Transactional
    public long withdrawSupport(Actor actor, long id) {
        Proposal proposal = participating(actor, id);
        if (!proposal.state().acceptsSupport()) {
            throw new Refused("proposal.refused.withdrawClosed",
                    "the proposal is no longer open", proposal.state());
        }
        store.withdrawSupport(actor.communityId(), id, actor.residentId());
        return store.supportCount(actor.communityId(), id);
    }

    @Transactional
    public void follow(Actor actor, long id) {
        participating(actor, id).checkMayBeFollowed();
        store.follow(actor.communityId(), id, actor.residentId(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void unfollow(Actor actor, long id) {
        participating(actor, id);
        store.unfollow(actor.communityId(), id, actor.residentId());
    }

    /** Adds a comment; a reply to a reply joins the thread of the comment it answers, one level deep. */
    @Transactional
    public long comment(Actor actor, long id, CommentInput input) {
        Permissions.require(permissions.mayComment(actor));
        Proposal proposal = proposals.visible(actor, id);
        proposal.checkComment();
        Long parent = input.parentId() == null ? null : store.comment(actor.communityId(), id, input.parentId())
                .map(c -> c.parentId() == null ? c.id() : c.parentId())
                .orElseThrow(() -> InvalidInput.of("parentId", "proposal.validation.parent"));
        long commentId = store.addComment(actor.communityId(), id, parent, actor.residentId(), actor.accountId(),
                actor.displayName(), input.stance(), input.body(), OffsetDateTime.now(clock));
        audit.record(actor.communityId(), "PROPOSAL_COMMENTED", Proposal.SUBJECT, id, input.stance().name());
        return commentId;
    }

    /** Hides a comment: its author may, and the residents' committee may with a reason. Nothing is deleted. */
    @Transactional
    public void hideComment(Actor actor, long id, long commentId, String reason) {
        proposals.visible(actor, id);
        Proposals.StoredComment comment = store.comment(actor.communityId(), id, commentId)
                .orElseThrow(() -> InvalidInput.of("commentId", "proposal.validation.parent"));
        Permissions.require(permissions.mayHide(actor, comment.authorResidentId(), comment.authorAccountId()));
        boolean own = permissions.isAuthor(actor, comment.authorResidentId(), comment.authorAccountId());
        String why = own ? null : staffReason(reason);
        if (store.hideComment(actor.communityId(), commentId, actor.displayName(), why, OffsetDateTime.now(clock))) {
            audit.record(actor.communityId(), own ? "PROPOSAL_COMMENT_WITHDRAWN" : "PROPOSAL_COMMENT_HIDDEN",
                    Proposal.SUBJECT, id, "comment " + commentId);
        }
    }

    private Proposal participating(Actor actor, long id) {
        Permissions.require(permissions.mayParticipate(actor));
        return proposals.visible(actor, id);
    }

    private static String staffReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        if (text.length() > Proposal.MAX_REASON) {
            throw InvalidInput.of("reason", "validation.tooLong", Proposal.MAX_REASON);
        }
        return text;
    }
}
