package org.gongzhi.activity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.identity.ActingOnBehalf;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfRequest;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * Setting up events and taking part in them. A registration takes a place while there is one and joins the waiting
 * list when there is none; a cancelled place goes to the first who waits. Both happen under the event's row lock,
 * so a hundred people registering at once for thirty places leave exactly thirty registered and seventy waiting.
 * Residents act for the members of their own household; staff for anyone in the community; staff and verified
 * volunteers for a resident without a phone who consents (代办).
 */
@Service
public class EventHandling {

    private static final String SUBJECT = "ACTIVITY_EVENT";

    private final Events events;
    private final ActivityPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final HelperTeams helperTeams;
    private final ApplicationEventPublisher publisher;
    private final ActingOnBehalf onBehalf;
    private final TransactionTemplate transaction;

    EventHandling(Events events, ActivityPermissions permissions, AuditTrail audit, Clock clock,
            ObjectProvider<HelperTeams> helperTeams, ApplicationEventPublisher publisher, ActingOnBehalf onBehalf,
            TransactionTemplate transaction) {
        this.onBehalf = onBehalf;
        this.transaction = transaction;
        this.events = events;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.helperTeams = helperTeams.getIfAvailable(() -> (community, resident) -> List.of());
        this.publisher = publisher;
    }

    public List<Programme> programmes(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return events.programmes(actor.communityId());
    }

    @Transactional
    public long addProgramme(Actor actor, Long parentId, String code, String name, String purpose) {
        Permissions.require(permissions.mayManage(actor));
        List<Programme> existing = events.programmes(actor.communityId());
        if (parentId != null && existing.stream().noneMatch(p -> p.id() == parentId && p.parentId() == null)) {
            throw InvalidInput.of("parentId", "activity.invalid.parent");
        }
        if (existing.stream().anyMatch(p -> p.code().equalsIgnoreCase(code))) {
            throw InvalidInput.of("code", "activity.invalid.codeTaken", code);
        }
        long id = events.addProgramme(actor.communityId(), parentId, code, name, purpose, now());
        audit.record(actor.communityId(), "PROGRAMME_ADDED", "ACTIVITY_PROGRAMME", id, code);
        return id;
    }

    public PageResult<CommunityEvent> list(Actor actor, Long programmeId, boolean past, int page, int size) {
        Permissions.require(permissions.mayRead(actor));
        return events.list(actor.communityId(), programmeId, past, now(), page, size);
    }

    public CommunityEvent visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return events.get(actor.communityId(), id);
    }

    @Transactional
    public long create(Actor actor, EventInput input) {
        Permissions.require(permissions.mayManage(actor));
        if (events.programmes(actor.communityId()).stream().noneMatch(p -> p.id() == input.programmeId())) {
            throw InvalidInput.of("programmeId", "activity.invalid.programme");
        }
        input.check(now());
        long id = events.add(actor.communityId(), input, actor.displayName(), now());
        audit.record(actor.communityId(), "EVENT_CREATED", SUBJECT, id, input.title());
        return id;
    }

    /** The 爸爸兵团 course this event is a session of, if it is one: children enrol in the course, not the session. */
    public Optional<Long> courseOf(CommunityEvent event) {
        return Optional.ofNullable(event.courseId());
    }

    /** The actor's own household, whom they may register; empty for an account with no home in the register. */
    public List<Participant> household(Actor actor) {
        return me(actor).map(me -> events.household(actor.communityId(), me.householdId())).orElse(List.of());
    }

    /** The registrations the actor may see: every one for staff, their household's for a resident. */
    public List<Registration> registrations(Actor actor, long eventId) {
        CommunityEvent event = visible(actor, eventId);
        if (permissions.mayCheckIn(actor)) {
            return events.registrations(event.id());
        }
        return me(actor).map(me -> events.registrationsOf(event.id(), me.householdId())).orElse(List.of());
    }

    public List<Participant> findResidents(Actor actor, String name) {
        Permissions.require(permissions.mayManage(actor));
        return name == null || name.isBlank() ? List.of() : events.findResidents(actor.communityId(), name.strip(), 20);
    }

    /** A resident of the community, as staff choose them to register or to help. */
    public Participant findResident(Actor actor, long residentId) {
        Permissions.require(permissions.mayManage(actor));
        return events.participant(actor.communityId(), residentId)
                .orElseThrow(() -> new NotFound("resident " + residentId));
    }

    /**
     * Registers a resident, with the guardian a child comes with; answers the registration as committed. On
     * PostgreSQL a place still free is taken, with the registration and its audit entry, in one statement that commits
     * on its own ({@link Events#registerAtOnce}); otherwise in a transaction that takes the place and then writes.
     * Either way a place taken is answered as written; a place on the waiting list is read back after the commit, for
     * its position, not before: until then the event's row is held, and every registration for the event waits for it.
     */
    public Registration register(Actor actor, long eventId, Long residentId, Long guardianId) {
        Permissions.require(permissions.mayRead(actor));
        if (residentId == null) {
            throw InvalidInput.of("residentId", "validation.required");
        }
        CommunityEvent event = openFor(actor, eventId);
        boolean staff = permissions.mayManage(actor);
        Participant participant = events.participant(actor.communityId(), residentId)
                .filter(p -> staff || sameHousehold(actor, p))
                .orElseThrow(() -> new NotFound("resident " + residentId));
        Participant guardian = guardianId == null ? null : events.participant(actor.communityId(), guardianId)
                .filter(g -> g.householdId() == participant.householdId())
                .orElseThrow(() -> InvalidInput.of("guardianId", "activity.invalid.guardianNotHousehold", "—"));
        OffsetDateTime now = now();
        event.checkRegistration(participant, guardian, now);
        Optional<Events.Recorded> atOnce = events.registerAtOnce(event, participant, guardian, actor.displayName(),
                staff, now, audit.entryForEachWritten(actor.communityId(), "EVENT_REGISTERED", SUBJECT, event.id(),
                        RegistrationStatus.REGISTERED + " #"));
        if (atOnce.isPresent()) {
            return written(atOnce.get(), event, participant, guardian, RegistrationStatus.REGISTERED, staff, now);
        }
        Registration placed = transaction.execute(status -> {
            Registration place = place(actor, event, participant, guardian, staff);
            audit.record(actor.communityId(), "EVENT_REGISTERED", SUBJECT, event.id(),
                    place.status() + " #" + place.id());
            return place;
        });
        return placed.status() == RegistrationStatus.WAITING ? events.registration(eventId, placed.id()) : placed;
    }

    /** Whether the actor may register residents without a phone for events (代办): the rule of every 代办. */
    public boolean mayHelp(Actor actor) {
        return permissions.mayRead(actor) && onBehalf.mayHelp(actor);
    }

    /**
     * 代办报名: a helper registers a resident matched by name and address, with the resident's consent. The resident
     * is the registrant (the place is in their household's list); capacity, the waiting list and the one place per
     * person are exactly those of {@link #register}, under the same lock. The helper and the consent are kept with
     * the place.
     */
    @Transactional
    public Registration registerFor(Actor helper, long eventId, OnBehalfRequest whom) {
        Permissions.require(mayHelp(helper));
        CommunityEvent event = openFor(helper, eventId);
        OnBehalf helped = onBehalf.check(helper, whom);
        Participant participant = events.participant(helper.communityId(), helped.residentId())
                .orElseThrow(() -> new NotFound("resident " + helped.residentId()));
        Registration placed = place(helper, event, participant, null, false);
        events.registeredOnBehalf(placed.id(), helped);
        audit.record(helper.communityId(), "REGISTRATION_ON_BEHALF", SUBJECT, event.id(),
                placed.status() + " #" + placed.id() + " consent " + helped.consent());
        return events.registration(event.id(), placed.id());
    }

    /**
     * 代办取消: a helper cancels the place of a resident matched by name and address, with the resident's consent;
     * the place moves to the first who waits, as any cancellation.
     */
    @Transactional
    public Registration cancelFor(Actor helper, long eventId, OnBehalfRequest whom) {
        Permissions.require(mayHelp(helper));
        CommunityEvent event = events.lock(helper.communityId(), eventId);
        OnBehalf helped = onBehalf.check(helper, whom);
        Registration registration = events.activeRegistration(event.id(), helped.residentId())
                .orElseThrow(() -> new Refused("activity.refused.noPlace", "holds no place at the event",
                        whom.residentName().strip()));
        Optional<Long> promoted = withdraw(helper, event, registration);
        events.cancelledOnBehalf(registration.id(), helped);
        audit.record(helper.communityId(), "REGISTRATION_CANCELLED_ON_BEHALF", SUBJECT, event.id(), "#"
                + registration.id() + " consent " + helped.consent()
                + promoted.map(p -> ", #" + p + " moved up").orElse(""));
        return events.registration(event.id(), registration.id());
    }

    /** Cancels a registration before the event begins; a place it held moves to the first who waits. */
    @Transactional
    public void cancel(Actor actor, long eventId, long registrationId) {
        Permissions.require(permissions.mayRead(actor));
        CommunityEvent event = events.lock(actor.communityId(), eventId);
        Registration registration = mayAct(actor, events.registration(event.id(), registrationId));
        if (!registration.active()) {
            throw new Refused("activity.refused.cancelled", "already cancelled", registration.name());
        }
        Optional<Long> promoted = withdraw(actor, event, registration);
        audit.record(actor.communityId(), "EVENT_CANCELLED", SUBJECT, event.id(), "#" + registrationId
                + promoted.map(p -> ", #" + p + " moved up").orElse(""));
    }

    /** The event as it stands, for the checks made before its row is held; a course's session is refused. */
    private CommunityEvent openFor(Actor actor, long eventId) {
        CommunityEvent event = events.get(actor.communityId(), eventId);
        if (courseOf(event).isPresent()) {
            throw new Refused("activity.refused.courseSession", "a course's session: enrol in the course",
                    event.title());
        }
        return event;
    }

    /**
     * Takes a place, or one on the waiting list when the event is full. Everything that can be checked on the event
     * as read is checked first; the event's row is held from taking the place until the transaction ends, so that
     * registrations for one event queue only for the few statements that must not overlap (taking the place, the
     * registration's row, which the database refuses when the person holds one already). Answered as written: not
     * read back while the row is held.
     */
    private Registration place(Actor actor, CommunityEvent event, Participant participant, Participant guardian,
            boolean staff) {
        OffsetDateTime now = now();
        event.checkRegistration(participant, guardian, now);
        RegistrationStatus status;
        if (events.takePlace(event.communityId(), event.id(), now)) {
            status = RegistrationStatus.REGISTERED;
        } else {
            // full, or begun since it was read: held now, and looked at again
            CommunityEvent held = events.lock(event.communityId(), event.id());
            held.checkRegistration(participant, guardian, now);
            status = !held.full() && events.takePlace(event.communityId(), event.id(), now)
                    ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        }
        Events.Recorded recorded = events.record(event, participant, guardian, status, actor.displayName(), staff, now)
                .orElseThrow(() -> new Refused("activity.refused.already", "already registered or waiting",
                        participant.name()));
        return written(recorded, event, participant, guardian, status, staff, now);
    }

    /** A registration as written: its place in the queue, if it waits, is counted where it is read. */
    private static Registration written(Events.Recorded recorded, CommunityEvent event, Participant participant,
            Participant guardian, RegistrationStatus status, boolean staff, OffsetDateTime now) {
        return new Registration(recorded.id(), event.id(), participant.residentId(), participant.name(),
                guardian == null ? null : guardian.residentId(), guardian == null ? null : guardian.name(), status,
                staff, now, null, 0, recorded.doorCode(), null, null);
    }

    /** Cancels an active place before the event begins; the event's row is locked by the caller. */
    private Optional<Long> withdraw(Actor actor, CommunityEvent event, Registration registration) {
        if (event.started(now())) {
            throw new Refused("activity.refused.started", "the event has begun", event.title());
        }
        return events.cancel(registration, actor.displayName(), now());
    }

    /** Marks a registered person present at the door, from two hours before the start until the end. */
    @Transactional
    public void checkIn(Actor actor, long eventId, long registrationId) {
        Permissions.require(permissions.mayCheckIn(actor));
        CommunityEvent event = events.get(actor.communityId(), eventId);
        checkIn(actor, event, events.registration(event.id(), registrationId));
    }

    /** The registration whose door code a volunteer scanned or typed; empty when no place of this event has it. */
    public Optional<Registration> atDoor(Actor actor, long eventId, String code) {
        Permissions.require(permissions.mayCheckIn(actor));
        CommunityEvent event = events.get(actor.communityId(), eventId);
        return DoorCode.read(code).flatMap(c -> events.byDoorCode(event.id(), c));
    }

    /** Checks in the registration the door code belongs to; answers it as it now stands. */
    @Transactional
    public Registration checkInAtDoor(Actor actor, long eventId, String code) {
        Registration registration = atDoor(actor, eventId, code).orElseThrow(() -> new NotFound("door code"));
        checkIn(actor, events.get(actor.communityId(), eventId), registration);
        return events.registration(eventId, registration.id());
    }

    /** The code the household shows at the door for its place, drawn now if the place has none yet. */
    @Transactional
    public String doorCode(Actor actor, long eventId, long registrationId) {
        CommunityEvent event = visible(actor, eventId);
        return events.doorCode(mayAct(actor, events.registration(event.id(), registrationId)));
    }

    /** The volunteers helping at the event; staff and door volunteers see them. */
    public List<Helper> helpers(Actor actor, long eventId) {
        Permissions.require(permissions.mayCheckIn(actor));
        return events.helpers(events.get(actor.communityId(), eventId).id());
    }

    /** The teams a resident could help for: those they are a member of. */
    public List<HelperTeams.TeamChoice> helperTeams(Actor actor, long residentId) {
        return helperTeams.teamsOf(actor.communityId(), findResident(actor, residentId).residentId());
    }

    /** Staff ask a team member to help at the event (引导, 茶水 ...); answers the helper's id. */
    @Transactional
    public long addHelper(Actor actor, long eventId, long residentId, Long teamId, String task) {
        Permissions.require(permissions.mayManage(actor));
        if (task == null || task.isBlank()) {
            throw InvalidInput.of("task", "validation.required");
        }
        CommunityEvent event = events.lock(actor.communityId(), eventId);
        if (event.closed()) {
            throw new Refused("activity.refused.closed", "the event is closed", event.title());
        }
        Participant helper = events.participant(actor.communityId(), residentId)
                .orElseThrow(() -> new NotFound("resident " + residentId));
        HelperTeams.TeamChoice team = helperTeams.teamsOf(actor.communityId(), residentId).stream()
                .filter(t -> teamId != null && t.id() == teamId).findFirst()
                .orElseThrow(() -> InvalidInput.of("teamId", "activity.invalid.helperTeam", helper.name()));
        if (events.isHelper(event.id(), residentId)) {
            throw new Refused("activity.refused.helperAlready", "already helping", helper.name());
        }
        long id = events.addHelper(event, residentId, team, task.strip(), actor.displayName(), now());
        audit.record(actor.communityId(), "EVENT_HELPER_ADDED", SUBJECT, event.id(), "helper #" + id);
        return id;
    }

    /** Marks a helper present, at the door's hours. */
    @Transactional
    public void helperPresent(Actor actor, long eventId, long helperId) {
        Permissions.require(permissions.mayCheckIn(actor));
        CommunityEvent event = events.lock(actor.communityId(), eventId);
        Helper helper = events.helper(event.id(), helperId);
        if (!event.checkInOpen(now())) {
            throw new Refused("activity.refused.notOpenForCheckIn", "check-in is open on the day only", event.title());
        }
        if (helper.present()) {
            throw new Refused("activity.refused.checkedIn", "already present", helper.name());
        }
        events.helperPresent(helper, actor.displayName(), now());
        audit.record(actor.communityId(), "EVENT_HELPER_PRESENT", SUBJECT, event.id(), "helper #" + helperId);
    }

    /**
     * Closes an event that has begun: check-in ends, and each helper who came has served their team for the event's
     * length, which the volunteer module records. Once only.
     */
    @Transactional
    public int close(Actor actor, long eventId) {
        Permissions.require(permissions.mayManage(actor));
        CommunityEvent event = events.lock(actor.communityId(), eventId);
        if (!event.started(now())) {
            throw new Refused("activity.refused.notBegun", "the event has not begun", event.title());
        }
        if (!events.close(event.id(), actor.displayName(), now())) {
            throw new Refused("activity.refused.closed", "the event is closed", event.title());
        }
        List<EventHelpersServed.Served> served = events.helpers(event.id()).stream().filter(Helper::present)
                .map(h -> new EventHelpersServed.Served(h.residentId(), h.teamId(), h.task())).toList();
        publisher.publishEvent(new EventHelpersServed(event.communityId(), event.id(), event.title(), event.day(),
                event.minutes(), actor.displayName(), served));
        audit.record(actor.communityId(), "EVENT_CLOSED", SUBJECT, event.id(), served.size() + " helpers");
        return served.size();
    }

    private void checkIn(Actor actor, CommunityEvent event, Registration registration) {
        long registrationId = registration.id();
        OffsetDateTime now = now();
        if (!event.checkInOpen(now)) {
            throw new Refused("activity.refused.notOpenForCheckIn", "check-in is open on the day only", event.title());
        }
        if (registration.status() != RegistrationStatus.REGISTERED) {
            throw new Refused("activity.refused.notRegistered", "only a registered person checks in",
                    registration.name());
        }
        if (registration.checkedIn()) {
            throw new Refused("activity.refused.checkedIn", "already checked in", registration.name());
        }
        events.checkIn(registration, actor.displayName(), now);
        audit.record(actor.communityId(), "EVENT_CHECK_IN", SUBJECT, event.id(), "#" + registrationId);
    }

    private Registration mayAct(Actor actor, Registration registration) {
        if (permissions.mayManage(actor)) {
            return registration;
        }
        return events.participant(actor.communityId(), registration.residentId()).filter(p -> sameHousehold(actor, p))
                .map(p -> registration).orElseThrow(() -> new NotFound("registration " + registration.id()));
    }

    private boolean sameHousehold(Actor actor, Participant participant) {
        return me(actor).map(me -> me.householdId() == participant.householdId()).orElse(false);
    }

    private Optional<Participant> me(Actor actor) {
        return actor.residentId() == null ? Optional.empty()
                : events.participant(actor.communityId(), actor.residentId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
