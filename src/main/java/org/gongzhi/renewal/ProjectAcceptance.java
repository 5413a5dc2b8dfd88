package org.gongzhi.renewal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.community.RegisterQueries.Home;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.scheduling.JobLease;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * Acceptance (验收) of finished work. When staff mark a project complete they say whose households are asked (the
 * community, a zone, grids or buildings) and for how long; each household answers once. After the last day the round
 * closes (staff may close it, a daily sweep closes the rest): at or above the community's satisfaction rate the work
 * is accepted, below it the project goes back to rework with the complaints in its history, as a work order does.
 */
@Service
public class ProjectAcceptance {

    static final String SUBJECT = "project";
    private static final int COMPLAINTS_KEPT = 20;

    private final Acceptances store;
    private final Projects projectStore;
    private final ProjectHandling projects;
    private final ProjectPermissions permissions;
    private final RegisterQueries register;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int passPercent;
    private final int defaultDays;
    private final JobLease leases;

    ProjectAcceptance(Acceptances store, Projects projectStore, ProjectHandling projects,
            ProjectPermissions permissions, RegisterQueries register, ApplicationEventPublisher events,
            AuditTrail audit, TransactionTemplate transaction, Clock clock,
            @Value("${gongzhi.renewal.acceptance.pass-percent:80}") int passPercent,
            @Value("${gongzhi.renewal.acceptance.days:14}") int defaultDays, JobLease leases) {
        this.leases = leases;
        this.store = store;
        this.projectStore = projectStore;
        this.projects = projects;
        this.permissions = permissions;
        this.register = register;
        this.events = events;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.passPercent = passPercent;
        this.defaultDays = defaultDays;
    }

    /** Staff mark the work complete and the households of the area are asked to accept it. */
    @Transactional
    public long complete(Actor actor, long projectId, AcceptanceInput input) {
        Permissions.require(permissions.mayManage(actor));
        projects.visible(actor, projectId);
        AcceptanceInput.Checked checked = (input == null ? new AcceptanceInput(null, null, null) : input)
                .parse(today(), defaultDays);
        requireKnown(actor.communityId(), checked);
        projects.take(actor, projectId, ProjectAction.COMPLETE);
        RenewalProject project = projectStore.get(actor.communityId(), projectId);
        long id = store.open(actor.communityId(), projectId, checked, passPercent, now());
        events.publishEvent(new AcceptanceOpened(actor.communityId(), projectId, id, project.plan().title(),
                checked.area(), checked.places(), checked.closesOn()));
        audit.record(actor.communityId(), "PROJECT_ACCEPTANCE_OPENED", SUBJECT, projectId,
                checked.area() + " " + (checked.placesText() == null ? "" : checked.placesText()) + " · until "
                        + checked.closesOn());
        return id;
    }

    /** The project's latest acceptance round, public like the rest of the project. */
    public Optional<Acceptance> latest(long communityId, long projectId) {
        projects.inCommunity(communityId, projectId);
        return store.latest(communityId, projectId);
    }

    public PageResult<AcceptanceComment> comments(long communityId, long projectId, int page, int size) {
        Acceptance a = latest(communityId, projectId).orElseThrow(() -> new NotFound("acceptance of " + projectId));
        return store.comments(a.id(), page, size);
    }

    /** What the actor's household answered in the latest round, if it did. */
    public Optional<AcceptanceVerdict> answered(Actor actor, long projectId) {
        if (actor.residentId() == null) {
            return Optional.empty();
        }
        Optional<Home> home = register.home(actor.residentId());
        return home.flatMap(h -> store.latest(actor.communityId(), projectId)
                .flatMap(a -> store.answerOf(a.id(), h.householdId())));
    }

    /**
     * A resident answers for their household. Refused when the round is closed; an answer from outside the area or a
     * second one from the same household names the field "household" and changes nothing.
     */
    @Transactional
    public void answer(Actor actor, long projectId, AnswerInput input) {
        projects.visible(actor, projectId);
        Home home = Optional.ofNullable(actor.residentId()).flatMap(register::home)
                .orElseThrow(() -> new Refused("acceptance.refused.notResident", "only residents accept work"));
        Acceptance a = store.lockLatest(actor.communityId(), projectId)
                .orElseThrow(() -> new Refused("acceptance.refused.none", "the project is not asking for acceptance"));
        if (!a.takesAnswers(today())) {
            throw new Refused("acceptance.refused.closed", "the acceptance is closed", a.closesOn());
        }
        if (!covers(actor.communityId(), a, home)) {
            throw InvalidInput.of("household", "acceptance.validation.outside." + a.area(), a.placesText());
        }
        if (!store.answer(actor.communityId(), a.id(), home.householdId(), home.residentId(), input, now())) {
            throw InvalidInput.of("household", "acceptance.validation.answered");
        }
        audit.record(actor.communityId(), "PROJECT_ACCEPTANCE_ANSWER", SUBJECT, projectId, input.verdict().name());
    }

    /** Staff close a round after its last day. */
    @Transactional
    public AcceptanceState close(Actor actor, long projectId) {
        Permissions.require(permissions.mayManage(actor));
        projects.visible(actor, projectId);
        return settle(actor.communityId(), projectId, actor.displayName());
    }

    AcceptanceState settle(long communityId, long projectId, String by) {
        Acceptance a = store.lockLatest(communityId, projectId)
                .orElseThrow(() -> new NotFound("acceptance of project " + projectId));
        if (!a.due(today())) {
            throw new Refused("acceptance.refused.notDue", "households may answer until the last day",
                    a.closesOn());
        }
        OffsetDateTime now = now();
        AcceptanceState outcome = a.passes() ? AcceptanceState.ACCEPTED : AcceptanceState.REWORK;
        store.close(a.id(), outcome, now);
        String complaints = null;
        if (outcome == AcceptanceState.REWORK) {
            RenewalProject project = projectStore.get(communityId, projectId);
            project.rework();
            projectStore.save(project, now);
            complaints = shortened(String.join("；", store.complaints(a.id(), COMPLAINTS_KEPT)));
        }
        // the history keeps the round's satisfaction rate where progress entries keep their percentage
        projectStore.addEvent(communityId, projectId, new ProjectEvent(0, outcome == AcceptanceState.ACCEPTED
                ? ProjectEventKind.ACCEPTED : ProjectEventKind.REWORK, now, by, null, a.ratePercent(), null, null,
                null, null, complaints));
        audit.record(communityId, "PROJECT_ACCEPTANCE_" + outcome, SUBJECT, projectId,
                a.answers() + " answers · " + a.ratePercent() + "% · needs " + a.passPercent() + "%");
        return outcome;
    }

    /** Every morning, closes the rounds whose last day was yesterday or before. */
    public void sweep() {
        for (long[] due : store.due(today())) {
            transaction.executeWithoutResult(s -> settle(due[0], due[1], null));
        }
    }

    /** On one instance at a time (docs/operations.md, "Several identical instances"). */
    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    void sweepOnce() {
        leases.runAlone("acceptance-settlement", Duration.ofHours(1), Duration.ofHours(2), this::sweep);
    }

    public LocalDate today() {
        return now().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private boolean covers(long communityId, Acceptance a, Home home) {
        return covers(a.area(), a.places(), home, number -> register.building(communityId, number)
                .map(RegisterQueries.Building::zoneCode).orElse(null));
    }

    private static boolean covers(AcceptanceArea area, List<String> places, Home home,
            IntFunction<String> zoneOf) {
        return switch (area) {
            case COMMUNITY -> true;
            case ZONE -> places.contains(zoneOf.apply(home.buildingNumber()));
            case GRIDS -> places.contains(String.valueOf(home.gridNumber()));
            case BUILDINGS -> places.contains(String.valueOf(home.buildingNumber()));
        };
    }

    /** The residents who now live in the area a round of acceptance asks (to tell them), in register order. */
    public List<Long> residentsAsked(AcceptanceOpened opened) {
        long community = opened.communityId();
        Map<Integer, String> zones = register.buildings(community).stream().collect(
                Collectors.toMap(RegisterQueries.Building::number, RegisterQueries.Building::zoneCode));
        List<Long> grids = register.grids(community).stream().map(RegisterQueries.Grid::id).toList();
        return register.homesIn(community, grids).stream()
                .filter(h -> covers(opened.area(), opened.places(), h, zones::get))
                .map(Home::residentId).toList();
    }

    /** Refuses places the register does not know, naming the first. */
    private void requireKnown(long communityId, AcceptanceInput.Checked c) {
        List<String> known = switch (c.area()) {
            case COMMUNITY -> List.of();
            case ZONE -> register.buildings(communityId).stream().map(RegisterQueries.Building::zoneCode).distinct()
                    .toList();
            case GRIDS -> register.grids(communityId).stream().map(g -> String.valueOf(g.number())).toList();
            case BUILDINGS -> register.buildings(communityId).stream().map(b -> String.valueOf(b.number()))
                    .toList();
        };
        c.places().stream().filter(p -> !known.contains(p)).findFirst().ifPresent(p -> {
            throw InvalidInput.of("places", "acceptance.validation.unknown." + c.area(), p);
        });
    }

    private static String shortened(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
