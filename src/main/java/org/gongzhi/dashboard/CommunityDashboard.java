package org.gongzhi.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.gongzhi.activity.ActivityFigures;
import org.gongzhi.cases.CaseMeasures;
import org.gongzhi.cases.CaseMeasuresGrouping;
import org.gongzhi.cases.CaseMeasuresReport;
import org.gongzhi.cases.CaseMeasuresRow;
import org.gongzhi.community.Cohort;
import org.gongzhi.community.RegisterFigures;
import org.gongzhi.community.RegisterFigures.People;
import org.gongzhi.dashboard.CommunityFigures.CohortShare;
import org.gongzhi.dashboard.CommunityFigures.GridHours;
import org.gongzhi.dashboard.CommunityFigures.PlaceShare;
import org.gongzhi.dashboard.CommunityFigures.ProjectProgress;
import org.gongzhi.dashboard.CommunityFigures.ProposalStage;
import org.gongzhi.dashboard.CommunityFigures.Taking;
import org.gongzhi.dashboard.CommunityFigures.VoteTurnout;
import org.gongzhi.deliberation.DeliberationFigures;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.patrol.PatrolAttendance;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.pet.PetStatistics;
import org.gongzhi.renewal.RenewalFigures;
import org.gongzhi.shared.cache.RecentValues;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.figures.Participation;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;
import org.gongzhi.volunteer.VolunteerFigures;
import org.gongzhi.voting.VotingFigures;

/**
 * Composes {@link CommunityFigures} from each module's own figures: one grouped query (or a fixed few) per module,
 * whatever the number of grids; added up here by grid, stairwell and generation. A grid branch secretary sees the
 * grids of their branches, as with the work-order measures. Figures are kept for a short time
 * ({@code gongzhi.dashboard.figures-ttl}) by everything that changes them, the viewer's scope included, and carry
 * the instant they were computed.
 */
@Service
public class CommunityDashboard {

    private final RegisterFigures register;
    private final DeliberationFigures deliberation;
    private final VotingFigures voting;
    private final ActivityFigures activity;
    private final VolunteerFigures volunteer;
    private final RenewalFigures renewal;
    private final CaseMeasures cases;
    private final PatrolRecords patrol;
    private final PetStatistics pets;
    private final Clock clock;
    private final RecentValues<StaffView, CommunityFigures> staffFigures;
    private final RecentValues<CommunityRange, CommunityFigures> communityFigures;
    private final RecentValues<CommunityRange, PublicParticipation> publicFigures;

    CommunityDashboard(RegisterFigures register, DeliberationFigures deliberation, VotingFigures voting,
            ActivityFigures activity, VolunteerFigures volunteer, RenewalFigures renewal, CaseMeasures cases,
            PatrolRecords patrol, PetStatistics pets, Clock clock,
            @Value("${gongzhi.dashboard.figures-ttl:PT1M}") Duration figuresTtl,
            @Value("${gongzhi.dashboard.figures-kept:256}") int figuresKept) {
        this.register = register;
        this.deliberation = deliberation;
        this.voting = voting;
        this.activity = activity;
        this.volunteer = volunteer;
        this.renewal = renewal;
        this.cases = cases;
        this.patrol = patrol;
        this.pets = pets;
        this.clock = clock;
        this.staffFigures = new RecentValues<>(clock, figuresTtl, figuresKept);
        this.communityFigures = new RecentValues<>(clock, figuresTtl, figuresKept);
        this.publicFigures = new RecentValues<>(clock, figuresTtl, figuresKept);
    }

    /**
     * What a viewer sees of a community: all of it (residents' committee, subdistrict, administrators), or the grids
     * of these grid branches. The work-order measures and patrol attendance scope a viewer by the same rule.
     */
    private record Scope(long community, boolean wholeCommunity, Set<Long> branches) {

        static Scope of(Actor actor) {
            boolean whole = actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER, Role.ADMIN);
            return new Scope(actor.communityId(), whole,
                    whole ? Set.of() : Set.copyOf(actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH)));
        }

        boolean sees(People place) {
            return wholeCommunity || branches.contains(place.branchId());
        }
    }

    /** Everything that changes a viewer's figures: two viewers share them only when they see the same places. */
    private record StaffView(Scope scope, DashboardRange range, Integer grid, List<ParticipationAction> actions) {
    }

    private record CommunityRange(long community, DashboardRange range) {
    }

    /** Participation by grid and in all for everyone, as of the instant it was counted. */
    public record PublicParticipation(List<PlaceShare> places, Instant asOf) {
    }

    /** The time the dashboard's figures are kept for: how old they may be. */
    public Duration figuresTtl() {
        return staffFigures.ttl();
    }

    /** The residents' committee, subdistrict officers, administrators, and grid branch secretaries (their grids). */
    public static boolean mayView(Actor actor) {
        return CaseMeasures.mayView(actor);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DashboardRange.ZONE));
    }

    public CommunityFigures of(Actor actor, LocalDate from, LocalDate to, Integer grid, String measure) {
        Permissions.require(mayView(actor));
        DashboardRange range = DashboardRange.of(from, to, today());
        List<ParticipationAction> actions = measure == null || measure.isBlank()
                ? List.of(ParticipationAction.values()) : List.of(ParticipationAction.parse(measure));
        Scope scope = Scope.of(actor);
        return staffFigures.get(new StaffView(scope, range, grid, actions), asOf -> {
            long community = scope.community();
            List<People> seen = seen(scope, register.people(community, range.to()), grid);
            YearMonth firstMonth = range.firstMonth(CaseMeasures.MAX_MONTHS);
            return compose(community, range, grid, actions, seen, firstMonth,
                    workOrders(actor, firstMonth, range.lastMonth(), grid), attendance(actor, range, seen), asOf);
        });
    }

    /**
     * A whole community's figures over the range, every grid and every measure, for whoever oversees it from
     * outside (the subdistrict): the same figures its residents' committee sees on the dashboard.
     */
    public CommunityFigures wholeCommunity(long community, DashboardRange range) {
        return communityFigures.get(new CommunityRange(community, range), asOf -> {
            List<People> seen = register.people(community, range.to());
            YearMonth firstMonth = range.firstMonth(CaseMeasures.MAX_MONTHS);
            return compose(community, range, null, List.of(ParticipationAction.values()), seen, firstMonth,
                    cases.publicReport(community, firstMonth, range.lastMonth(), CaseMeasuresGrouping.GRID),
                    patrol.attendanceTotals(community, YearMonth.from(range.from()), range.lastMonth()), asOf);
        });
    }

    /** Who took part, by grid and (one grid asked) by stairwell: only what a map of it needs. */
    public record PlaceShares(LocalDate from, LocalDate to, List<PlaceShare> byGrid, List<PlaceShare> byStairwell) {
    }

    /**
     * The dashboard's participation alone, for the same viewer, days and grid as {@link #of}: taken from the same
     * figures, so that the map the page loads next finds them already computed.
     */
    public PlaceShares shares(Actor actor, LocalDate from, LocalDate to, Integer grid) {
        CommunityFigures figures = of(actor, from, to, grid, null);
        return new PlaceShares(figures.from(), figures.to(), figures.byGrid(), figures.byStairwell());
    }

    /** The stairwells seen, who took part there, and the shares by grid and (one grid asked) by stairwell. */
    private record Shares(Map<Long, People> stairwells, List<People> everyone, List<Participation> taking,
            List<PlaceShare> byGrid, List<PlaceShare> byStairwell) {
    }

    private Shares shares(long community, DashboardRange range, Integer grid, List<ParticipationAction> actions,
            List<People> seen) {
        Map<Long, People> stairwells = seen.stream().filter(p -> p.cohort() == null)
                .collect(Collectors.toMap(People::stairwellId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Participation> taking = participation(community, range).stream()
                .filter(p -> stairwells.containsKey(p.stairwellId()))
                .filter(p -> actions.contains(ParticipationAction.valueOf(p.action())))
                .toList();
        List<People> everyone = List.copyOf(stairwells.values());
        Map<String, List<People>> grids = everyone.stream().collect(Collectors.groupingBy(
                p -> String.valueOf(p.gridNumber()), TreeMap::new, Collectors.toList()));
        List<PlaceShare> byGrid = grids.values().stream()
                .map(ps -> share(String.valueOf(ps.get(0).gridNumber()), ps.get(0).gridName(), ps, taking, actions))
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.key()), Integer.parseInt(b.key())))
                .toList();
        List<PlaceShare> byStairwell = grid == null ? List.of() : everyone.stream()
                .map(p -> share(p.stairwellCode(), p.stairwellCode(), List.of(p), taking, actions)).toList();
        return new Shares(stairwells, everyone, taking, byGrid, byStairwell);
    }

    private CommunityFigures compose(long community, DashboardRange range, Integer grid,
            List<ParticipationAction> actions, List<People> seen, YearMonth firstMonth, CaseMeasuresReport workOrders,
            List<PatrolAttendance> attendance, Instant asOf) {
        Shares shares = shares(community, range, grid, actions, seen);
        return new CommunityFigures(range.from(), range.to(), grid, actions,
                share("all", "", shares.everyone(), shares.taking(), actions), shares.byGrid(), shares.byStairwell(),
                byCohort(seen, shares.taking(), actions), proposals(community), votes(community), projects(community),
                firstMonth, workOrders, attendance, hours(community, range, shares.stairwells()),
                pets.dogCompliance(community), asOf);
    }

    /**
     * Participation by grid over the range for everyone (the whole community, counts and shares only, no one
     * named): what the public transparency page shows.
     */
    public PublicParticipation publicParticipation(long community, DashboardRange range) {
        return publicFigures.get(new CommunityRange(community, range),
                asOf -> new PublicParticipation(publicShares(community, range), asOf));
    }

    private List<PlaceShare> publicShares(long community, DashboardRange range) {
        List<ParticipationAction> actions = List.of(ParticipationAction.values());
        List<People> everyone = register.people(community, range.to()).stream().filter(p -> p.cohort() == null)
                .toList();
        List<Participation> taking = participation(community, range);
        Map<Integer, List<People>> grids = everyone.stream().collect(Collectors.groupingBy(People::gridNumber,
                TreeMap::new, Collectors.toList()));
        return Stream.concat(grids.values().stream()
                .map(ps -> share(String.valueOf(ps.get(0).gridNumber()), ps.get(0).gridName(), ps, taking, actions)),
                Stream.of(share("all", "", everyone, taking, actions))).toList();
    }

    /** The register rows of the grids the actor may see, or of the one grid asked for (unknown: refused). */
    private static List<People> seen(Scope scope, List<People> people, Integer grid) {
        List<People> seen = people.stream().filter(scope::sees)
                .filter(p -> grid == null || p.gridNumber() == grid).toList();
        if (grid != null && seen.isEmpty()) {
            throw InvalidInput.of("grid", "dashboard.validation.grid", grid);
        }
        return seen;
    }

    private List<Participation> participation(long community, DashboardRange range) {
        OffsetDateTime starts = range.starts();
        OffsetDateTime ends = range.ends();
        return Stream.of(deliberation.participation(community, starts, ends, Cohort.BANDS, range.to()),
                voting.participation(community, starts, ends, Cohort.BANDS, range.to()),
                volunteer.participation(community, range.from(), range.to(), Cohort.BANDS, range.to()),
                activity.participation(community, starts, ends, Cohort.BANDS, range.to()),
                renewal.participation(community, starts, ends, Cohort.BANDS, range.to()))
                .flatMap(List::stream).toList();
    }

    private static PlaceShare share(String key, String name, Collection<People> places, List<Participation> taking,
            List<ParticipationAction> actions) {
        Set<Long> ids = places.stream().map(People::stairwellId).collect(Collectors.toSet());
        long residents = places.stream().mapToLong(People::residents).sum();
        long households = places.stream().mapToLong(People::households).sum();
        return new PlaceShare(key, name, residents, households,
                taking(taking.stream().filter(p -> p.band() == null && ids.contains(p.stairwellId())).toList(),
                        actions, residents, households));
    }

    private static List<CohortShare> byCohort(List<People> seen, List<Participation> taking,
            List<ParticipationAction> actions) {
        return Arrays.stream(Cohort.values()).map(cohort -> {
            long residents = seen.stream().filter(p -> p.cohort() == cohort).mapToLong(People::residents).sum();
            long households = seen.stream().filter(p -> p.cohort() == cohort).mapToLong(People::households).sum();
            return new CohortShare(cohort, residents, households, taking(
                    taking.stream().filter(p -> cohort.name().equals(p.band())).toList(), actions, residents, households));
        }).toList();
    }

    private static Map<ParticipationAction, Taking> taking(List<Participation> rows, List<ParticipationAction> actions,
            long residents, long households) {
        Map<ParticipationAction, Taking> taking = new EnumMap<>(ParticipationAction.class);
        for (ParticipationAction action : actions) {
            List<Participation> of = rows.stream().filter(p -> p.action().equals(action.name())).toList();
            taking.put(action, Taking.of(of.stream().mapToLong(Participation::residents).sum(),
                    of.stream().mapToLong(Participation::households).sum(), residents, households));
        }
        return taking;
    }

    private List<ProposalStage> proposals(long community) {
        Map<ProposalState, Map<DeliberationFigures.Age, Long>> stages = new EnumMap<>(ProposalState.class);
        for (DeliberationFigures.StageCount count : deliberation.stages(community, OffsetDateTime.now(clock))) {
            stages.computeIfAbsent(count.state(), s -> zeros()).merge(count.age(), count.proposals(), Long::sum);
        }
        return stages.entrySet().stream().map(e -> new ProposalStage(e.getKey().name(), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }

    private static Map<DeliberationFigures.Age, Long> zeros() {
        Map<DeliberationFigures.Age, Long> zeros = new EnumMap<>(DeliberationFigures.Age.class);
        Arrays.stream(DeliberationFigures.Age.values()).forEach(a -> zeros.put(a, 0L));
        return zeros;
    }

    private List<VoteTurnout> votes(long community) {
        return voting.running(community).stream()
                .map(v -> new VoteTurnout(v, CommunityFigures.perMille(v.ballots(), v.electors()))).toList();
    }

    private List<ProjectProgress> projects(long community) {
        return renewal.projects(community).stream().map(p -> new ProjectProgress(p.id(), p.title(), p.state().name(),
                p.percentDone(), p.budgetFen(), p.spentFen())).toList();
    }

    private CaseMeasuresReport workOrders(Actor actor, YearMonth from, YearMonth to, Integer grid) {
        CaseMeasuresReport report = cases.report(actor, from, to, CaseMeasuresGrouping.GRID);
        if (grid == null) {
            return report;
        }
        var rows = report.rows().stream().filter(r -> r.key() == grid).toList();
        return new CaseMeasuresReport(report.from(), report.to(), report.by(), rows,
                rows.isEmpty() ? new CaseMeasuresRow(grid, Map.of(), 0, 0) : rows.get(0), Map.of());
    }

    private List<PatrolAttendance> attendance(Actor actor, DashboardRange range, List<People> seen) {
        Set<Integer> branches = seen.stream().map(People::branchNumber).collect(Collectors.toSet());
        return patrol.attendanceTotalsVisibleTo(actor, YearMonth.from(range.from()), range.lastMonth()).stream()
                .filter(a -> branches.contains(a.branchNumber())).toList();
    }

    private List<GridHours> hours(long community, DashboardRange range, Map<Long, People> stairwells) {
        Map<Integer, Long> minutes = new TreeMap<>();
        stairwells.values().forEach(p -> minutes.put(p.gridNumber(), 0L));
        volunteer.minutesByStairwell(community, range.from(), range.to()).stream()
                .filter(m -> stairwells.containsKey(m.stairwellId()))
                .forEach(m -> minutes.merge(stairwells.get(m.stairwellId()).gridNumber(), m.minutes(), Long::sum));
        return minutes.entrySet().stream().map(e -> new GridHours(e.getKey(), e.getValue())).toList();
    }
}
