package org.gongzhi.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * The time bank (时间银行): an hour of verified service is an hour of credit, which its holder spends by asking a team
 * for help when they need it. The team's leader pairs a member with the request and records it served: the helper
 * earns the minutes as service, the asker is debited the same. Open requests hold their minutes, and all of one
 * person's requests queue behind their account row, so credit is never spent twice. Residents' committee staff ask on
 * behalf of those without a phone.
 */
@Service
public class TimeBank {

    /** What time-bank service is called on the helper's record. */
    public static final String ACTIVITY_NAME = "时间银行";
    private static final String SUBJECT = "VOLUNTEER_TIME_REQUEST";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int LIST_LIMIT = 50;

    private final TimeBankRequests requests;
    private final Teams teams;
    private final VolunteerPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    TimeBank(TimeBankRequests requests, Teams teams, VolunteerPermissions permissions, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.teams = teams;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's own account. */
    public TimeBalance balance(Actor actor) {
        return balanceOf(actor.communityId(), me(actor));
    }

    /** The actor's own requests, newest first. */
    public List<TimeRequest> mine(Actor actor) {
        return requests.ofRequester(actor.communityId(), me(actor), LIST_LIMIT);
    }

    /** One request, for the asker, the team's leader and staff; not found for anyone else. */
    public TimeRequest request(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        TimeRequest request = requests.get(actor.communityId(), id);
        boolean asker = actor.residentId() != null && actor.residentId() == request.requesterResidentId();
        if (!asker && !permissions.mayLead(actor, teams.team(actor.communityId(), request.teamId()))) {
            throw new NotFound("time request " + id);
        }
        return request;
    }

    /** A team's open requests, for its leader and staff. */
    public List<TimeRequest> openFor(Actor actor, long teamId) {
        return requests.openForTeam(led(actor, teamId).id(), LIST_LIMIT);
    }

    /**
     * Asks a team for help, paid from the asker's credit: the actor's own, or, for staff, a resident's they name
     * ({@code forResidentId}). Refused when the credit left does not cover the minutes asked.
     */
    @Transactional
    public long ask(Actor actor, Long forResidentId, long teamId, String what, LocalDate wantedOn, Integer minutes) {
        Permissions.require(permissions.mayRead(actor));
        long asker = forResidentId == null ? me(actor) : onBehalf(actor, forResidentId);
        Team team = teams.team(actor.communityId(), teamId);
        if (what == null || what.isBlank() || what.strip().length() > 500) {
            throw InvalidInput.of("what", "volunteer.invalid.timeWhat");
        }
        LocalDate today = today();
        if (wantedOn == null || wantedOn.isBefore(today) || wantedOn.isAfter(today.plusMonths(3))) {
            throw InvalidInput.of("wantedOn", "volunteer.invalid.wantedOn");
        }
        if (minutes == null || minutes <= 0 || minutes > ServiceInput.MAX_MINUTES) {
            throw InvalidInput.of("minutes", "volunteer.invalid.minutes");
        }
        requests.lockAccount(actor.communityId(), asker);
        TimeBalance balance = balanceOf(actor.communityId(), asker);
        if (balance.available() < minutes) {
            throw InvalidInput.of("minutes", "volunteer.invalid.notEnoughCredit", balance.available() / 60,
                    balance.available() % 60);
        }
        long id = requests.add(actor.communityId(), team.id(), asker, what.strip(), wantedOn, minutes,
                actor.displayName(), now());
        audit.record(actor.communityId(), "TIME_REQUESTED", SUBJECT, id, minutes + " min");
        return id;
    }

    /** The leader pairs a member of the team (not the asker) with an open request; pairing again replaces them. */
    @Transactional
    public void match(Actor actor, long requestId, Long helperResidentId) {
        TimeRequest request = requests.lock(actor.communityId(), requestId);
        Team team = led(actor, request.teamId());
        if (!request.status().open()) {
            throw new Refused("volunteer.refused.timeClosed", "the request is closed", request.what());
        }
        if (helperResidentId == null || helperResidentId == request.requesterResidentId() || teams.membership(
                team.id(), helperResidentId).filter(m -> m.status() == MembershipStatus.MEMBER).isEmpty()) {
            throw InvalidInput.of("helperResidentId", "volunteer.invalid.timeHelper", team.name());
        }
        requests.match(actor.communityId(), request.id(), helperResidentId, actor.displayName(), now());
        audit.record(actor.communityId(), "TIME_MATCHED", SUBJECT, request.id(), "helper " + helperResidentId);
    }

    /**
     * The leader records a paired request served: the helper earns the minutes as service verified by the leader,
     * and the asker is debited the same, within their credit (what the request held, and what is left besides).
     */
    @Transactional
    public void serve(Actor actor, long requestId, Integer minutes) {
        TimeRequest found = requests.get(actor.communityId(), requestId);
        Team team = led(actor, found.teamId());
        requests.lockAccount(actor.communityId(), found.requesterResidentId());
        TimeRequest request = requests.lock(actor.communityId(), requestId);
        if (request.status() != TimeRequestStatus.MATCHED) {
            throw new Refused("volunteer.refused.timeNotMatched", "pair a helper first, once", request.what());
        }
        if (minutes == null || minutes <= 0 || minutes > ServiceInput.MAX_MINUTES) {
            throw InvalidInput.of("minutes", "volunteer.invalid.minutes");
        }
        TimeBalance balance = balanceOf(actor.communityId(), request.requesterResidentId());
        long covered = balance.available() + request.minutes();
        if (minutes > covered) {
            throw InvalidInput.of("minutes", "volunteer.invalid.notEnoughCredit", covered / 60, covered % 60);
        }
        String what = request.what().length() > 480 ? request.what().substring(0, 480) : request.what();
        long service = teams.record(team, new ServiceInput(request.helperResidentId(), today(), minutes,
                ACTIVITY_NAME, what), ServiceSource.LEADER, "timebank:" + request.id(), null, null,
                actor.displayName(), now());
        requests.served(actor.communityId(), request.id(), minutes, service, actor.displayName(), now());
        audit.record(actor.communityId(), "TIME_SERVED", SUBJECT, request.id(), minutes + " min");
    }

    /** The asker (or whoever leads the team, or staff) calls off an open request; its minutes are free again. */
    @Transactional
    public void cancel(Actor actor, long requestId) {
        request(actor, requestId);
        TimeRequest request = requests.lock(actor.communityId(), requestId);
        if (!request.status().open()) {
            throw new Refused("volunteer.refused.timeClosed", "the request is closed", request.what());
        }
        requests.cancel(actor.communityId(), request.id(), actor.displayName(), now());
        audit.record(actor.communityId(), "TIME_CANCELLED", SUBJECT, request.id(), null);
    }

    private TimeBalance balanceOf(long communityId, long residentId) {
        return requests.balance(communityId, residentId, teams.standing(communityId, residentId, "").minutes());
    }

    private long onBehalf(Actor actor, long residentId) {
        Permissions.require(permissions.mayManage(actor));
        teams.residentName(actor.communityId(), residentId).orElseThrow(() -> new NotFound("resident " + residentId));
        return residentId;
    }

    private long me(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        if (actor.residentId() == null) {
            throw new Refused("volunteer.refused.noHome", "no resident behind this account");
        }
        return actor.residentId();
    }

    private Team led(Actor actor, long teamId) {
        Team team = teams.team(actor.communityId(), teamId);
        Permissions.require(permissions.mayLead(actor, team));
        return team;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
