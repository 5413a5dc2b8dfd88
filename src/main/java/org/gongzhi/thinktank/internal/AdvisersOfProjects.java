package org.gongzhi.thinktank.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongzhi.renewal.ProjectAdvisers;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.thinktank.InvitationAnswer;
import org.gongzhi.thinktank.TargetKind;
import org.gongzhi.thinktank.Talents;
import org.gongzhi.thinktank.ThinkTank;

/**
 * The think tank's invitations to a renewal project, for its public page: all, with full names, for staff who invite;
 * the accepted ones, names masked, for everyone else.
 */
@Component
class AdvisersOfProjects implements ProjectAdvisers {

    private final Talents talents;
    private final ThinkTank thinkTank;

    AdvisersOfProjects(Talents talents, ThinkTank thinkTank) {
        this.talents = talents;
        this.thinkTank = thinkTank;
    }

    @Override
    public List<Adviser> of(long communityId, Optional<Actor> reader, long projectId) {
        boolean staff = reader.filter(a -> a.communityId() != null && a.communityId() == communityId)
                .map(thinkTank::mayInvite).orElse(false);
        return talents.invitationsTo(communityId, TargetKind.PROJECT, projectId).stream()
                .filter(i -> staff || i.answer() == InvitationAnswer.ACCEPTED)
                .map(i -> new Adviser(staff ? i.talentName() : Masking.name(i.talentName()),
                        talents.get(communityId, i.talentId()).profession(),
                        i.answer() == null ? "thinktank.invitation.pending" : i.answer().labelKey(),
                        i.contribution())).toList();
    }
}
