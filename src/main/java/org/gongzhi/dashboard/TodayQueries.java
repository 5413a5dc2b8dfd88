package org.gongzhi.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.gongzhi.cases.CaseFilter;
import org.gongzhi.cases.CasePermissions;
import org.gongzhi.cases.CaseQueries;
import org.gongzhi.cases.CaseScope;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseSummary;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.dashboard.Today.Block;
import org.gongzhi.dashboard.Today.BranchItem;
import org.gongzhi.dashboard.Today.NextPatrol;
import org.gongzhi.dashboard.Today.NoticeItem;
import org.gongzhi.dashboard.Today.OpenRecord;
import org.gongzhi.dashboard.Today.ProjectItem;
import org.gongzhi.dashboard.Today.ProposalItem;
import org.gongzhi.dashboard.Today.ReportItem;
import org.gongzhi.dashboard.Today.ToDo;
import org.gongzhi.dashboard.Today.VoteItem;
import org.gongzhi.deliberation.ProposalFilter;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.patrol.BranchGrid;
import org.gongzhi.patrol.PatrolOccurrence;
import org.gongzhi.patrol.PatrolRecordSummary;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VotingPermissions;

/**
 * Gathers {@link Today} for one person from the modules' own queries, each block only as far as the module's
 * permissions let the person see it; every block is one or two queries.
 */
@Service
public class TodayQueries {

    private final VoteQueries votes;
    private final VotingPermissions votingPermissions;
    private final ProposalQueries proposals;
    private final ProposalPermissions proposalPermissions;
    private final ProjectHandling projects;
    private final ProjectPermissions projectPermissions;
    private final CaseQueries cases;
    private final CasePermissions casePermissions;
    private final PatrolSchedules patrolSchedules;
    private final PatrolRecords patrolRecords;
    private final Clock clock;

    TodayQueries(VoteQueries votes, VotingPermissions votingPermissions, ProposalQueries proposals,
            ProposalPermissions proposalPermissions, ProjectHandling projects, ProjectPermissions projectPermissions,
            CaseQueries cases, CasePermissions casePermissions, PatrolSchedules patrolSchedules,
            PatrolRecords patrolRecords, Clock clock) {
        this.votes = votes;
        this.votingPermissions = votingPermissions;
        this.proposals = proposals;
        this.proposalPermissions = proposalPermissions;
        this.projects = projects;
        this.projectPermissions = projectPermissions;
        this.cases = cases;
        this.casePermissions = casePermissions;
        this.patrolSchedules = patrolSchedules;
        this.patrolRecords = patrolRecords;
        this.clock = clock;
    }

    /** The person's blocks; an account without a community (a bare administrator) has none to see. */
    public Today of(Actor actor) {
        Permissions.require(actor.communityId() != null);
        long community = actor.communityId();
        List<ProposalQueries.OnNotice> onNotice = proposalPermissions.mayRead(actor) ? proposals.onNotice(community)
                : List.of();
        return new Today(votesFor(actor, community), notices(onNotice), projectsUnderWay(actor),
                myReports(actor, community), myProposals(actor, community), staff(actor, community, onNotice),
                branches(actor, community));
    }

    private Block<VoteItem> votesFor(Actor actor, long community) {
        if (actor.residentId() == null) {
            return Block.none();
        }
        PageResult<VoteQueries.AwaitingBallot> page = votes.awaitingBallot(community, actor.residentId(),
                Today.SHOWN);
        return new Block<>(page.total(), page.items().stream()
                .map(v -> new VoteItem(v.id(), v.kind().name(), v.title(),
                        v.openedAt() == null ? null : v.openedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
                        "/votes/" + v.id(),
                        v.closesAt() == null ? null : v.closesAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime()))
                .toList());
    }

    /** Only the plans whose notice period still runs: residents may object to those. */
    private Block<NoticeItem> notices(List<ProposalQueries.OnNotice> onNotice) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        return Block.of(onNotice.stream().filter(n -> now.isBefore(n.endsAt()))
                .map(n -> new NoticeItem(n.id(), n.title(), n.endsAt(), ChronoUnit.DAYS.between(today,
                        n.endsAt().atZoneSameInstant(clock.getZone()).toLocalDate()), "/proposals/" + n.id()))
                .toList());
    }

    private Block<ProjectItem> projectsUnderWay(Actor actor) {
        if (!projectPermissions.mayRead(actor)) {
            return Block.none();
        }
        var page = projects.list(actor, ProjectState.IN_PROGRESS, 0, Today.SHOWN);
        return new Block<>(page.total(), page.items().stream()
                .map(p -> new ProjectItem(p.id(), p.title(), p.percentDone(), "/projects/" + p.id())).toList());
    }

    /** The reports the resident made or joined that are still open. */
    private Block<ReportItem> myReports(Actor actor, long community) {
        if (!casePermissions.mayReport(actor)) {
            return Block.none();
        }
        return Block.of(cases.mine(actor).stream().filter(c -> c.state().isOpen())
                .map(TodayQueries::report).toList());
    }

    private static ReportItem report(CaseSummary c) {
        return new ReportItem(c.id(), c.category().name(), c.state().name(), "/cases/" + c.id());
    }

    private Block<ProposalItem> myProposals(Actor actor, long community) {
        if (!proposalPermissions.mayParticipate(actor)) {
            return Block.none();
        }
        return Block.of(proposals.mine(community, actor.residentId()).raised().stream()
                .map(p -> new ProposalItem(p.id(), p.title(), p.state().name(), "/proposals/" + p.id())).toList());
    }

    /** The counts that wait for staff, each only for those whose role handles it; zero counts are left out. */
    private List<ToDo> staff(Actor actor, long community, List<ProposalQueries.OnNotice> onNotice) {
        List<ToDo> todo = new ArrayList<>();
        if (proposalPermissions.mayTriage(actor)) {
            add(todo, "triage", proposals.list(community, ProposalFilter.awaitingCommittee(null, 0, 1)).total(),
                    "/proposals?awaitingCommittee=true");
            add(todo, "objections", onNotice.stream().mapToLong(ProposalQueries.OnNotice::unansweredObjections).sum(),
                    "/proposals?state=ON_NOTICE");
        }
        if (actor.has(Role.RC_STAFF)) {
            CaseQueries.Backlog all = cases.backlog(community, casePermissions.scope(actor), null);
            add(todo, "casesReported", all.reported(), "/cases?state=REPORTED");
            add(todo, "casesOverdue", all.overdue(), "/cases?overdue=true");
            add(todo, "casesEscalated", all.escalated(), "/cases?escalated=true");
        }
        for (ResponsibleParty party : partiesHandledBy(actor)) {
            CaseQueries.Backlog mine = cases.backlog(community, casePermissions.scope(actor), party);
            add(todo, "casesToHandle." + party, mine.awaitingHandling(),
                    "/cases?state=DISPATCHED&party=" + party);
            add(todo, "casesOverdue." + party, mine.overdue(), "/cases?overdue=true&party=" + party);
        }
        if (votingPermissions.mayCreateVotes(actor)) {
            add(todo, "votesRunning", openVotesManagedBy(actor, community), "/votes");
        }
        return todo;
    }

    /**
     * For a grid branch secretary, per branch: the next patrol, the handled work orders in its grids waiting for
     * their verification, the overdue ones there, the patrol records not closed yet and the latest patrol if
     * nothing of it is recorded. Each count is the total of
     * the case list the link opens, read with the same filter under the secretary's own case scope.
     */
    private List<BranchItem> branches(Actor actor, long community) {
        Set<Long> led = actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH);
        if (led.isEmpty()) {
            return List.of();
        }
        CaseScope scope = casePermissions.scope(actor);
        LocalDate today = LocalDate.now(clock);
        List<BranchItem> items = new ArrayList<>();
        for (PatrolSchedule branch : patrolSchedules.schedules(community)) {
            if (!led.contains(branch.gridBranchId())) {
                continue;
            }
            int n = branch.branchNumber();
            List<ToDo> todo = new ArrayList<>();
            add(todo, "branchToVerify", cases.count(community, scope, new CaseFilter(CaseState.HANDLED, null, null,
                    n, null, 0, 1)), "/cases?state=HANDLED&branch=" + n);
            add(todo, "branchOverdue", cases.count(community, scope, new CaseFilter(null, null, null, n, null, null,
                    true, false, 0, 1)), "/cases?overdue=true&branch=" + n);
            List<OpenRecord> open = new ArrayList<>(patrolRecords.between(community, List.of(branch.gridBranchId()),
                            today.minusYears(1), today).stream().filter(r -> r.closedAt() == null)
                    .map(PatrolRecordSummary::patrolDate).sorted()
                    .map(d -> new OpenRecord(d, true, "/patrols/branches/" + n + "/" + d)).toList());
            patrolRecords.latestHeld(branch).map(PatrolOccurrence::date)
                    .filter(d -> patrolRecords.find(branch, d).isEmpty())
                    .ifPresent(d -> open.add(new OpenRecord(d, false, "/patrols/branches/" + n + "/" + d)));
            items.add(new BranchItem(n, branch.branchName(),
                    patrolSchedules.grids(branch).stream().map(BranchGrid::number).toList(),
                    nextPatrol(community, branch, today), todo, open));
        }
        return items;
    }

    /** Occurrences are read by their rule date, so a month back catches a patrol moved from then to later. */
    private NextPatrol nextPatrol(long community, PatrolSchedule branch, LocalDate today) {
        int n = branch.branchNumber();
        return next(patrolSchedules.between(community, Optional.of(n), today.minusMonths(1), today.plusMonths(14))
                        .getFirst().occurrences(), today)
                .map(o -> new NextPatrol(o.date(), o.start(), o.meetingPoint(), o.moved(), o.date().equals(today),
                        o.date().equals(today) ? "/patrols/branches/" + n + "/" + o.date()
                                : "/patrols/branches/" + n))
                .orElse(null);
    }

    /** The first patrol from today on the day it actually takes place: cancelled ones skipped, moved ones moved. */
    static Optional<PatrolOccurrence> next(List<PatrolOccurrence> occurrences, LocalDate today) {
        return occurrences.stream().filter(o -> !o.cancelled() && !o.date().isBefore(today))
                .min(Comparator.comparing(PatrolOccurrence::date));
    }

    private static List<ResponsibleParty> partiesHandledBy(Actor actor) {
        List<ResponsibleParty> parties = new ArrayList<>();
        if (actor.has(Role.PM_STAFF)) {
            parties.add(ResponsibleParty.PROPERTY_COMPANY);
        }
        if (actor.has(Role.OC_MEMBER)) {
            parties.add(ResponsibleParty.OWNERS_COMMITTEE);
        }
        return parties;
    }

    /** The open votes the person runs, counted by the voting module in one statement. */
    private long openVotesManagedBy(Actor actor, long community) {
        return votes.openVotesManagedWithin(community, votingPermissions.zonesLimiting(actor));
    }

    private static void add(List<ToDo> todo, String key, long count, String url) {
        if (count > 0) {
            todo.add(new ToDo(key, count, url));
        }
    }
}
