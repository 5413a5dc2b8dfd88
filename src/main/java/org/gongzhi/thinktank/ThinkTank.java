package org.gongzhi.thinktank;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.deliberation.MeetingDirectory;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.web.PageResult;

/**
 * The think tank. Any resident keeps their own talent profile; the residents' committee, the owners' committee and
 * Party secretaries find talents and invite them to advise on a meeting or project they can see; the talent accepts
 * or declines; staff record what they contributed. A talent's profile and invitations are seen by the talent and
 * by those who may invite, nobody else (404).
 */
@Service
public class ThinkTank {

    private static final String SUBJECT = "THINKTANK_TALENT";

    private final Talents talents;
    private final MeetingDirectory meetings;
    private final ProjectHandling projects;
    private final AuditTrail audit;
    private final Clock clock;

    ThinkTank(Talents talents, MeetingDirectory meetings, ProjectHandling projects, AuditTrail audit, Clock clock) {
        this.talents = talents;
        this.meetings = meetings;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayInvite(Actor actor) {
        return actor.communityId() != null && actor.hasAny(Role.RC_STAFF, Role.OC_MEMBER, Role.GRID_BRANCH_SECRETARY,
                Role.ADMIN);
    }

    public List<Skill> skills(Actor actor) {
        Permissions.require(actor.communityId() != null);
        return talents.skills(actor.communityId());
    }

    @Transactional
    public long addSkill(Actor actor, String name) {
        Permissions.require(mayInvite(actor));
        try {
            long id = talents.addSkill(actor.communityId(), name);
            audit.record(actor.communityId(), "THINKTANK_SKILL_ADDED", "THINKTANK_SKILL", id, name);
            return id;
        } catch (DuplicateKeyException taken) {
            throw InvalidInput.of("name", "thinktank.invalid.skillTaken", name);
        }
    }

    public Optional<Talent> mine(Actor actor) {
        Permissions.require(actor.communityId() != null);
        return actor.residentId() == null ? Optional.empty()
                : talents.ofResident(actor.communityId(), actor.residentId());
    }

    /** Registers or updates the actor's own profile. */
    @Transactional
    public long register(Actor actor, TalentInput input) {
        Permissions.require(actor.communityId() != null);
        if (actor.residentId() == null) {
            throw new Refused("thinktank.refused.noHome", "the account has no home in the register");
        }
        Set<Long> known = talents.skills(actor.communityId()).stream().map(Skill::id).collect(Collectors.toSet());
        if (!known.containsAll(input.skillIds())) {
            throw InvalidInput.of("skillIds", "thinktank.invalid.skill");
        }
        long id = talents.save(actor.communityId(), actor.residentId(), input, now());
        audit.record(actor.communityId(), "THINKTANK_PROFILE_SAVED", SUBJECT, id, input.profession());
        return id;
    }

    public PageResult<Talent> search(Actor actor, String text, Long skillId, Availability availability, Integer grid,
            int page, int size) {
        Permissions.require(mayInvite(actor));
        return talents.search(actor.communityId(), text, skillId, availability, grid, page, size);
    }

    /** A talent's profile: for the talent and those who may invite; anyone else is told it is not there. */
    public Talent talent(Actor actor, long id) {
        Permissions.require(actor.communityId() != null);
        Talent talent = talents.get(actor.communityId(), id);
        if (!mayInvite(actor) && (actor.residentId() == null || actor.residentId() != talent.residentId())) {
            throw new NotFound("talent " + id);
        }
        return talent;
    }

    public List<Invitation> invitations(Actor actor, long talentId) {
        return talents.invitationsOf(actor.communityId(), talent(actor, talentId).id());
    }

    /** The advisers invited to a meeting or project, for those who may invite. */
    public List<Invitation> invitedTo(Actor actor, TargetKind kind, long targetId) {
        Permissions.require(mayInvite(actor));
        return talents.invitationsTo(actor.communityId(), kind, targetId);
    }

    /** Invites a talent to advise on a meeting or project the actor can see; once per talent and target. */
    @Transactional
    public long invite(Actor actor, long talentId, TargetKind kind, long targetId, String message) {
        Permissions.require(mayInvite(actor));
        Talent talent = talent(actor, talentId);
        String title = switch (kind) {
            case MEETING -> {
                var meeting = meetings.meeting(actor, targetId);
                yield meeting.place() + " " + meeting.heldAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate();
            }
            case PROJECT -> projects.visible(actor, targetId).plan().title();
        };
        try {
            long id = talents.invite(actor.communityId(), talent.id(), kind, targetId, title, message,
                    actor.displayName(), now());
            audit.record(actor.communityId(), "THINKTANK_INVITED", SUBJECT, talent.id(), kind + " " + targetId);
            return id;
        } catch (DuplicateKeyException already) {
            throw new Refused("thinktank.refused.invited", "already invited", talent.name(), title);
        }
    }

    /** The talent's own answer. */
    @Transactional
    public void answer(Actor actor, long invitationId, InvitationAnswer answer) {
        Invitation invitation = talents.invitation(actor.communityId(), invitationId);
        Talent talent = talents.get(actor.communityId(), invitation.talentId());
        if (actor.residentId() == null || actor.residentId() != talent.residentId()) {
            throw new NotFound("invitation " + invitationId);
        }
        if (!talents.answer(actor.communityId(), invitation.id(), answer, now())) {
            throw new Refused("thinktank.refused.answered", "already answered", invitation.targetTitle());
        }
        audit.record(actor.communityId(), "THINKTANK_ANSWERED", SUBJECT, talent.id(), answer.name());
    }

    /** What an adviser who accepted contributed, recorded by those who invite. */
    @Transactional
    public void contribution(Actor actor, long invitationId, String text) {
        Permissions.require(mayInvite(actor));
        Invitation invitation = talents.invitation(actor.communityId(), invitationId);
        if (invitation.answer() != InvitationAnswer.ACCEPTED) {
            throw new Refused("thinktank.refused.notAccepted", "not accepted", invitation.talentName());
        }
        talents.contribution(actor.communityId(), invitation.id(), text, actor.displayName(), now());
        audit.record(actor.communityId(), "THINKTANK_CONTRIBUTION", SUBJECT, invitation.talentId(),
                "invitation #" + invitation.id());
    }

    /** What a talent may be invited to: meetings still to be held, then projects, newest first. */
    public List<Target> targets(Actor actor) {
        Permissions.require(mayInvite(actor));
        java.util.ArrayList<Target> all = new java.util.ArrayList<>();
        meetings.meetings(actor).stream().filter(m -> !m.held()).forEach(m -> all.add(new Target(TargetKind.MEETING,
                m.id(), m.place() + " " + m.heldAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate())));
        projects.list(actor, null, 0, 100).items().forEach(p -> all.add(new Target(TargetKind.PROJECT, p.id(),
                p.title())));
        return all;
    }

    /** A meeting or project one may invite a talent to. */
    public record Target(TargetKind kind, long id, String title) {

        /** As the invitation form sends it: MEETING-12. */
        public String key() {
            return kind + "-" + id;
        }
    }

    /** The talent an invitation was sent to, for those who may invite. */
    public long invitationTalent(Actor actor, long invitationId) {
        Permissions.require(mayInvite(actor));
        return talents.invitation(actor.communityId(), invitationId).talentId();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
