package org.gongzhi.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.ResidentReport;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.community.RegisterQueries;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Care visits for the elderly. The team's leader (or staff) keeps the list of people visited regularly and pairs each
 * with volunteers of the team; the paired volunteers record their visits; a need raised on a visit can be reported as
 * a work order at the person's stairwell. Who is on the list is personal data: the leader and staff see the whole
 * list, a volunteer only the people paired with them, anyone else nothing at all (404).
 */
@Service
public class CareHandling {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SUBJECT = "CARE_RECIPIENT";
    private static final int VISITS_SHOWN = 50;

    private final CareVisits care;
    private final Teams teams;
    private final VolunteerPermissions permissions;
    private final RegisterQueries register;
    private final ResidentReports reports;
    private final AuditTrail audit;
    private final Clock clock;

    CareHandling(CareVisits care, Teams teams, VolunteerPermissions permissions, RegisterQueries register,
            ResidentReports reports, AuditTrail audit, Clock clock) {
        this.care = care;
        this.teams = teams;
        this.permissions = permissions;
        this.register = register;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people of the team the actor may see: all for its leader and staff, their own pairs for a member. */
    public List<CareRecipient> recipients(Actor actor, long teamId) {
        Permissions.require(permissions.mayRead(actor));
        Team team = teams.team(actor.communityId(), teamId);
        if (permissions.mayLead(actor, team)) {
            return care.recipients(team.id(), null);
        }
        return actor.residentId() == null ? List.of() : care.recipients(team.id(), actor.residentId());
    }

    /** One person on the list, if the actor may see them; otherwise they are not there. */
    public CareRecipient recipient(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        CareRecipient recipient = care.recipient(actor.communityId(), id);
        if (!mayLead(actor, recipient) && !recipient.pairedWith(actor.residentId())) {
            throw new NotFound("care recipient " + id);
        }
        return recipient;
    }

    public List<CareVisit> visits(Actor actor, long recipientId) {
        return care.visits(recipient(actor, recipientId).id(), VISITS_SHOWN);
    }

    public boolean mayLead(Actor actor, CareRecipient recipient) {
        return permissions.mayLead(actor, teams.team(actor.communityId(), recipient.teamId()));
    }

    @Transactional
    public long add(Actor actor, long teamId, Long residentId, CareReason reason, Integer everyDays, String note) {
        Team team = teams.team(actor.communityId(), teamId);
        Permissions.require(permissions.mayLead(actor, team));
        if (residentId == null || teams.residentName(actor.communityId(), residentId).isEmpty()) {
            throw InvalidInput.of("residentId", "volunteer.invalid.resident");
        }
        if (care.onList(team.id(), residentId)) {
            throw InvalidInput.of("residentId", "volunteer.care.invalid.onList");
        }
        long id = care.add(team, residentId, reason, everyDays, note, actor.displayName(), now());
        audit.record(actor.communityId(), "CARE_RECIPIENT_ADDED", SUBJECT, id, reason.name());
        return id;
    }

    /** Pairs a member of the team with the person. */
    @Transactional
    public void pair(Actor actor, long recipientId, Long volunteer) {
        CareRecipient recipient = recipient(actor, recipientId);
        Permissions.require(mayLead(actor, recipient));
        if (volunteer == null || teams.membership(recipient.teamId(), volunteer)
                .filter(m -> m.status() == MembershipStatus.MEMBER).isEmpty()) {
            throw InvalidInput.of("volunteerResidentId", "volunteer.care.invalid.notMember");
        }
        try {
            care.pair(recipient.id(), volunteer, actor.displayName(), now());
        } catch (DuplicateKeyException already) {
            throw new Refused("volunteer.care.refused.paired", "already paired", recipient.name());
        }
        audit.record(actor.communityId(), "CARE_PAIRED", SUBJECT, recipient.id(), "volunteer " + volunteer);
    }

    /**
     * Records a visit by a paired volunteer (or the leader). A need raised, when {@code report} is set, becomes a work
     * order at the person's stairwell, reported by the visitor on the person's behalf.
     */
    @Transactional
    public long visit(Actor actor, long recipientId, LocalDate on, Wellbeing wellbeing, String note, String need,
            CaseCategory report) {
        CareRecipient recipient = recipient(actor, recipientId);
        if (actor.residentId() == null) {
            throw new Refused("volunteer.refused.noHome", "the account has no home in the register");
        }
        if (on.isAfter(today()) || on.isBefore(today().minusDays(30))) {
            throw InvalidInput.of("visitedOn", "volunteer.care.invalid.visitedOn");
        }
        if (report != null && (need == null || need.isBlank())) {
            throw InvalidInput.of("need", "volunteer.care.invalid.needForReport");
        }
        Long caseId = null;
        if (report != null) {
            String stairwell = register.home(recipient.residentId()).orElseThrow().stairwellCode();
            caseId = reports.report(actor, new ResidentReport(report, "上门探访 " + recipient.name() + "（"
                    + recipient.home() + "）时反映：" + need, CasePlace.Kind.STAIRWELL, stairwell, false), null);
        }
        long id = care.visit(recipient, actor.communityId(), actor.residentId(), on, wellbeing, note, need, caseId,
                actor.displayName(), now());
        audit.record(actor.communityId(), "CARE_VISITED", SUBJECT, recipient.id(),
                wellbeing + (caseId == null ? "" : ", case " + caseId));
        return id;
    }

    public List<CareRecipient.Pairing> elders(Actor actor, long teamId, String name) {
        Permissions.require(permissions.mayLead(actor, teams.team(actor.communityId(), teamId)));
        return name == null || name.isBlank() ? List.of() : care.elders(actor.communityId(), name.strip(), today(), 20);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
