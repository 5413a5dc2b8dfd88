package org.gongzhi.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * Teams and the service their members give. Residents ask to join and the team's leader (or residents' committee
 * staff) decides; the leader records members' service and corrects it with a new entry that names the old one and
 * says why. Nothing is edited in place and nothing is deleted, so every hour on a certificate can be traced to who
 * verified it.
 */
@Service
public class Volunteering {

    private static final String SUBJECT = "VOLUNTEER_TEAM";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BOARD_SIZE = 20;

    private final Teams teams;
    private final VolunteerPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    Volunteering(Teams teams, VolunteerPermissions permissions, AuditTrail audit, Clock clock) {
        this.teams = teams;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Team> teams(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return teams.teams(actor.communityId());
    }

    public Team team(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return teams.team(actor.communityId(), id);
    }

    /** Sets up a team; its leader, if named, must live in the community and becomes its first member. */
    @Transactional
    public long createTeam(Actor actor, String code, String name, String purpose, Long leaderResidentId) {
        Permissions.require(permissions.mayManage(actor));
        if (teams.team(actor.communityId(), code).isPresent()) {
            throw InvalidInput.of("code", "volunteer.invalid.codeTaken", code);
        }
        if (leaderResidentId != null && teams.residentName(actor.communityId(), leaderResidentId).isEmpty()) {
            throw InvalidInput.of("leaderResidentId", "volunteer.invalid.resident");
        }
        long id = teams.addTeam(actor.communityId(), code, name, purpose, leaderResidentId, null, now());
        if (leaderResidentId != null) {
            teams.join(teams.team(actor.communityId(), id), leaderResidentId, MembershipStatus.MEMBER,
                    actor.displayName(), now());
        }
        audit.record(actor.communityId(), "VOLUNTEER_TEAM_CREATED", SUBJECT, id, code);
        return id;
    }

    /** The actor's own place in each team they belong to or asked to join. */
    public List<Member> myMemberships(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return actor.residentId() == null ? List.of() : teams.membershipsOf(actor.communityId(), actor.residentId());
    }

    /** Asks to join a team; the leader decides. */
    @Transactional
    public void join(Actor actor, long teamId) {
        Team team = team(actor, teamId);
        long me = resident(actor);
        teams.lock(team.id());
        Optional<Member> now = teams.membership(team.id(), me);
        if (now.filter(m -> m.status() == MembershipStatus.MEMBER || m.status() == MembershipStatus.REQUESTED)
                .isPresent()) {
            throw new Refused("volunteer.refused.alreadyAsked", "already a member or asked", team.name());
        }
        teams.join(team, me, MembershipStatus.REQUESTED, null, now());
        audit.record(actor.communityId(), "VOLUNTEER_JOIN_REQUESTED", SUBJECT, team.id(), "resident " + me);
    }

    /** Leaves a team; the service given stays on record. */
    @Transactional
    public void leave(Actor actor, long teamId) {
        Team team = team(actor, teamId);
        Member member = teams.membership(team.id(), resident(actor))
                .filter(m -> m.status() == MembershipStatus.MEMBER || m.status() == MembershipStatus.REQUESTED)
                .orElseThrow(() -> new Refused("volunteer.refused.notMember", "not a member", team.name()));
        teams.decide(member, member.status(), MembershipStatus.LEFT, actor.displayName(), now());
        audit.record(actor.communityId(), "VOLUNTEER_LEFT", SUBJECT, team.id(), "member #" + member.id());
    }

    /** The leader's answer to a request to join. */
    @Transactional
    public void decide(Actor actor, long teamId, long memberId, boolean approve) {
        Team team = led(actor, teamId);
        Member member = teams.member(team.id(), memberId);
        MembershipStatus to = approve ? MembershipStatus.MEMBER : MembershipStatus.DECLINED;
        if (!teams.decide(member, MembershipStatus.REQUESTED, to, actor.displayName(), now())) {
            throw new Refused("volunteer.refused.decided", "no longer waiting", member.name());
        }
        audit.record(actor.communityId(), approve ? "VOLUNTEER_JOIN_APPROVED" : "VOLUNTEER_JOIN_DECLINED", SUBJECT,
                team.id(), "member #" + member.id());
    }

    /** Members, or requests waiting, of a team its leader or staff look after. */
    public PageResult<Member> members(Actor actor, long teamId, MembershipStatus status, int page, int size) {
        Team team = led(actor, teamId);
        return teams.members(team.id(), status, page, size);
    }

    public List<Member> findMembers(Actor actor, long teamId, String name) {
        Team team = led(actor, teamId);
        return name == null || name.isBlank() ? List.of() : teams.findMembers(team.id(), name.strip(), 20);
    }

    /** The leader records a member's service, verified by them; their own is verified by residents' committee staff. */
    @Transactional
    public long record(Actor actor, long teamId, ServiceInput input) {
        Team team = led(actor, teamId);
        input.check(today());
        requireMember(team, input.residentId());
        if (!permissions.mayManage(actor) && input.residentId() == actor.residentId()) {
            throw InvalidInput.of("residentId", "volunteer.invalid.ownService");
        }
        long id = teams.record(team, input, ServiceSource.LEADER, null, null, null, actor.displayName(), now());
        audit.record(actor.communityId(), "VOLUNTEER_SERVICE_RECORDED", SUBJECT, team.id(),
                "#" + id + ", " + input.minutes() + " min");
        return id;
    }

    /**
     * Corrects an entry with a new one carrying the right minutes (0 withdraws it) and the reason; the old entry
     * stays, marked as corrected, and no longer counts. An entry already corrected is corrected through its
     * correction.
     */
    @Transactional
    public long correct(Actor actor, long serviceId, int minutes, String reason) {
        ServiceRecord old = visibleService(actor, serviceId);
        Team team = led(actor, old.teamId());
        if (old.superseded()) {
            throw new Refused("volunteer.refused.corrected", "already corrected", old.name());
        }
        if (minutes < 0 || minutes > ServiceInput.MAX_MINUTES) {
            throw InvalidInput.of("minutes", "volunteer.invalid.correctedMinutes");
        }
        ServiceInput input = new ServiceInput(old.residentId(), old.servedOn(), minutes, old.activity(),
                old.whatDone());
        long id;
        try {
            id = teams.record(team, input, old.source(), null, old.id(), reason, actor.displayName(), now());
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new Refused("volunteer.refused.corrected", "already corrected", old.name());
        }
        audit.record(actor.communityId(), "VOLUNTEER_SERVICE_CORRECTED", SUBJECT, team.id(),
                "#" + old.id() + " -> #" + id + ", " + old.minutes() + " -> " + minutes + " min");
        return id;
    }

    /** One entry: the person it is about, their team's leader and staff see it; anyone else is told it is not there. */
    public ServiceRecord visibleService(Actor actor, long serviceId) {
        Permissions.require(permissions.mayRead(actor));
        ServiceRecord record = teams.service(actor.communityId(), serviceId);
        boolean mine = actor.residentId() != null && actor.residentId() == record.residentId();
        if (!mine && !permissions.mayLead(actor, teams.team(actor.communityId(), record.teamId()))) {
            throw new NotFound("service " + serviceId);
        }
        return record;
    }

    public PageResult<ServiceRecord> teamService(Actor actor, long teamId, int page, int size) {
        Team team = led(actor, teamId);
        return teams.serviceOfTeam(team.id(), page, size);
    }

    public PageResult<ServiceRecord> myService(Actor actor, int page, int size) {
        return teams.serviceOf(actor.communityId(), resident(actor), page, size);
    }

    public Standing myStanding(Actor actor) {
        long me = resident(actor);
        return teams.standing(actor.communityId(), me, teams.residentName(actor.communityId(), me).orElse(""));
    }

    /** The entries a certificate lists: everything verified that counts. */
    public Certificate certificate(Actor actor) {
        Standing standing = myStanding(actor);
        List<ServiceRecord> entries = teams.countedServiceOf(actor.communityId(), standing.residentId());
        audit.record(actor.communityId(), "VOLUNTEER_CERTIFICATE", "RESIDENT", standing.residentId(),
                entries.size() + " entries");
        return new Certificate(standing, entries, today());
    }

    /** The honour board of one team, or of the whole community when {@code teamId} is null. */
    public List<Standing> board(Actor actor, Long teamId) {
        Permissions.require(permissions.mayRead(actor));
        if (teamId != null) {
            teams.team(actor.communityId(), teamId);
        }
        return teams.board(actor.communityId(), teamId, BOARD_SIZE);
    }

    public long[] starCounts(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return teams.starCounts(actor.communityId());
    }

    public boolean leads(Actor actor, Team team) {
        return permissions.mayLead(actor, team);
    }

    /** What a certificate of service says. */
    public record Certificate(Standing standing, List<ServiceRecord> entries, LocalDate issuedOn) {
    }

    private Team led(Actor actor, long teamId) {
        Team team = team(actor, teamId);
        Permissions.require(permissions.mayLead(actor, team));
        return team;
    }

    private void requireMember(Team team, long residentId) {
        if (teams.membership(team.id(), residentId).filter(m -> m.status() == MembershipStatus.MEMBER).isEmpty()) {
            throw InvalidInput.of("residentId", "volunteer.invalid.notMember", team.name());
        }
    }

    private static long resident(Actor actor) {
        if (actor.residentId() == null) {
            throw new Refused("volunteer.refused.noHome", "the account has no home in the register");
        }
        return actor.residentId();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
