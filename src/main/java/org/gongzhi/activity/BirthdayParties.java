package org.gongzhi.activity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * 暖心生日会: the residents of seventy and over whose birthday falls in a month, invited to that month's party (an
 * event of the birthday programme). Staff send the invitations in one go; the household answers (or staff, after a
 * phone call), and an accepted invitation takes a place at the party as any registration does, waiting list
 * included.
 */
@Service
public class BirthdayParties {

    public static final String PROGRAMME = "7890-BIRTHDAY";
    public static final int AGE = 70;
    private static final String SUBJECT = "ACTIVITY_EVENT";

    private final JdbcClient jdbc;
    private final Events events;
    private final EventHandling handling;
    private final ActivityPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    BirthdayParties(JdbcClient jdbc, Events events, EventHandling handling, ActivityPermissions permissions,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.handling = handling;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The month's guests: seventy or over by the month's end, birthday in the month, in order of the day. */
    public List<BirthdayGuest> guests(Actor actor, YearMonth month) {
        Permissions.require(permissions.mayManage(actor));
        return jdbc.sql("""
                select r.id as resident_id, r.name, r.birth_date, r.household_id, s.code as stairwell_code,
                i.id as invitation_id, i.event_id, i.answer
                from register_resident r join register_stairwell s on s.id = r.stairwell_id
                left join activity_invitation i on i.resident_id = r.id and i.event_id in (select e.id
                  from activity_event e join activity_programme p on p.id = e.programme_id
                  where e.community_id = r.community_id and p.code = ? and e.starts_at >= ? and e.starts_at < ?)
                where r.community_id = ? and r.moved_out is null and extract(month from r.birth_date) = ?
                and r.birth_date <= ?
                order by extract(day from r.birth_date), r.name, r.id""")
                .params(PROGRAMME, start(month), start(month.plusMonths(1)), actor.communityId(),
                        month.getMonthValue(), month.atEndOfMonth().minusYears(AGE))
                .query(Rows.of(BirthdayGuest.class)).list();
    }

    /** The month's parties: events of the birthday programme that begin in it. */
    public List<CommunityEvent> parties(Actor actor, YearMonth month) {
        Permissions.require(permissions.mayManage(actor));
        long programme = events.programme(actor.communityId(), PROGRAMME).map(Programme::id).orElse(-1L);
        return events.between(actor.communityId(), start(month), start(month.plusMonths(1))).stream()
                .filter(e -> e.programmeId() == programme && !e.startsAt().isBefore(start(month))).toList();
    }

    /** Invites every guest of the party's month not yet invited; answers how many were invited now. */
    @Transactional
    public int invite(Actor actor, long eventId) {
        Permissions.require(permissions.mayManage(actor));
        CommunityEvent party = events.lock(actor.communityId(), eventId);
        YearMonth month = YearMonth.from(party.day());
        if (parties(actor, month).stream().noneMatch(e -> e.id() == party.id())) {
            throw InvalidInput.of("eventId", "activity.invalid.notBirthdayParty");
        }
        if (party.started(now())) {
            throw new Refused("activity.refused.started", "the party has begun", party.title());
        }
        int invited = 0;
        for (BirthdayGuest guest : guests(actor, month)) {
            if (!guest.invited()) {
                jdbc.sql("""
                        insert into activity_invitation (community_id, event_id, resident_id, invited_by, invited_at)
                        values (?, ?, ?, ?, ?)""").params(actor.communityId(), party.id(), guest.residentId(),
                        actor.displayName(), now()).update();
                invited++;
            }
        }
        audit.record(actor.communityId(), "BIRTHDAY_INVITED", SUBJECT, party.id(), invited + " invited");
        return invited;
    }

    /** The invitations to members of the actor's household, for parties still to come. */
    public List<BirthdayInvitation> forMyHousehold(Actor actor) {
        List<Participant> household = handling.household(actor);
        if (household.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.id, i.event_id, e.title as event_title, e.starts_at, i.resident_id, r.name, i.answer
                from activity_invitation i join activity_event e on e.id = i.event_id
                join register_resident r on r.id = i.resident_id
                where i.community_id = ? and r.household_id = ? and e.starts_at > ? order by e.starts_at, i.id""")
                .params(actor.communityId(), household.getFirst().householdId(), now())
                .query(Rows.of(BirthdayInvitation.class)).list();
    }

    /**
     * Answers an invitation, for the invited person's household or by staff; accepting registers them for the party.
     * Once only.
     */
    @Transactional
    public void answer(Actor actor, long invitationId, boolean accept) {
        Permissions.require(permissions.mayRead(actor));
        BirthdayInvitation invitation = jdbc.sql("""
                select i.id, i.event_id, e.title as event_title, e.starts_at, i.resident_id, r.name, i.answer
                from activity_invitation i join activity_event e on e.id = i.event_id
                join register_resident r on r.id = i.resident_id where i.community_id = ? and i.id = ?""")
                .params(actor.communityId(), invitationId).query(Rows.of(BirthdayInvitation.class)).optional()
                .filter(i -> permissions.mayManage(actor) || handling.household(actor).stream()
                        .anyMatch(p -> p.residentId() == i.residentId()))
                .orElseThrow(() -> new NotFound("invitation " + invitationId));
        int answered = jdbc.sql("""
                update activity_invitation set answer = ?, answered_by = ?, answered_at = ?
                where id = ? and answer is null""").params(accept ? "ACCEPTED" : "DECLINED", actor.displayName(),
                now(), invitation.id()).update();
        if (answered == 0) {
            throw new Refused("activity.refused.answered", "already answered", invitation.name());
        }
        if (accept && !events.hasActiveRegistration(invitation.eventId(), invitation.residentId())) {
            handling.register(actor, invitation.eventId(), invitation.residentId(), null);
        }
    }

    private static OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(CommunityEvent.ZONE).toOffsetDateTime();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
