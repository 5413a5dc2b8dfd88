package org.gongzhi.deliberation;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Who may do what on the deliberation platform: residents raise, support, comment on and follow proposals; the
 * residents' committee triages them, moves them on and hides comments; everybody signed in to a community reads.
 */
@Component
public class ProposalPermissions {

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    /** Raising, supporting, commenting and following are a resident's: the same rule for all four. */
    public boolean mayParticipate(Actor actor) {
        return mayRead(actor) && actor.has(Role.RESIDENT) && actor.residentId() != null;
    }

    public boolean mayTriage(Actor actor) {
        return mayRead(actor) && actor.has(Role.RC_STAFF);
    }

    /** A draft is its author's alone; every other proposal is open to all readers. */
    public boolean maySee(Actor actor, Proposal proposal) {
        return mayRead(actor) && (proposal.state().isPublic() || proposal.isAuthor(actor.residentId()));
    }

    /**
     * Commenting is open to every account of the community, verified or not (issue 8): a comment shows its account's
     * display name. Supporting, voting and reporting stay with verified residents.
     */
    public boolean mayComment(Actor actor) {
        return mayRead(actor);
    }

    /** The author may hide their own comment; the committee may hide any, with a reason. */
    public boolean mayHide(Actor actor, long commentAuthorResidentId) {
        Long me = actor.residentId();
        return me != null && me == commentAuthorResidentId || mayTriage(actor);
    }

    /** The author (by resident, or by account for a comment without one) may hide it; the committee any. */
    public boolean mayHide(Actor actor, Long commentAuthorResidentId, Long commentAuthorAccountId) {
        return isAuthor(actor, commentAuthorResidentId, commentAuthorAccountId) || mayTriage(actor);
    }

    public boolean isAuthor(Actor actor, Long commentAuthorResidentId, Long commentAuthorAccountId) {
        return commentAuthorResidentId != null && commentAuthorResidentId.equals(actor.residentId())
                || commentAuthorAccountId != null && commentAuthorAccountId == actor.accountId();
    }
}
