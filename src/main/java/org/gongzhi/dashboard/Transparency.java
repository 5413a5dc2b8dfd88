package org.gongzhi.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.gongzhi.cases.CaseMeasuresGrouping;
import org.gongzhi.cases.CaseMeasuresReport;
import org.gongzhi.community.RegisterQueries;
import org.gongzhi.community.RegisterQueries.Community;
import org.gongzhi.dashboard.CommunityFigures.PlaceShare;
import org.gongzhi.deliberation.DeliberationFigures;
import org.gongzhi.deliberation.DeliberationFigures.PublicProposal;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.patrol.PatrolAttendance;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.renewal.RenewalFigures;
import org.gongzhi.renewal.RenewalFigures.LedgerLine;
import org.gongzhi.renewal.RenewalFigures.ProjectMoney;
import org.gongzhi.renewal.RenewalFigures.Spending;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.voting.VotingFigures;
import org.gongzhi.voting.VotingFigures.PublicResult;

/**
 * What anybody may see of a community without signing in, and the open-data bundle: figures and public records
 * only, never a person (no names, no addresses, no accounts); each from its module's own figures.
 */
@Service
public class Transparency {

    /** Decided, or on their way to a decision in the open: the proposals whose outcome residents follow. */
    static final Set<ProposalState> DECISIONS = EnumSet.of(ProposalState.ON_NOTICE, ProposalState.DECIDING,
            ProposalState.ADOPTED, ProposalState.NOT_ADOPTED, ProposalState.REJECTED, ProposalState.IN_PROGRESS,
            ProposalState.DONE);
    static final int MONTHS = 12;

    /** The public page's figures: the last twelve months for measures and participation. */
    public record PublicFigures(String community, String subdistrict, YearMonth from, YearMonth to,
            List<PublicProposal> decisions, List<PublicResult> voteResults, List<ProjectMoney> projects,
            CaseMeasuresReport workOrders, List<PatrolAttendance> patrolAttendance, List<PlaceShare> participation,
            Instant participationAsOf) {
    }

    /** The open-data bundle: every public record, and the measures of the last twelve months. */
    public record OpenData(String community, YearMonth from, YearMonth to, List<PublicProposal> proposals,
            List<PublicResult> voteResults, List<ProjectMoney> projects, List<Spending> spending,
            List<LedgerLine> ledgers, CaseMeasuresReport workOrders, List<PatrolAttendance> patrolAttendance) {
    }

    private final RegisterQueries register;
    private final CommunityDashboard dashboard;
    private final DeliberationFigures deliberation;
    private final VotingFigures voting;
    private final RenewalFigures renewal;
    private final org.gongzhi.cases.CaseMeasures cases;
    private final PatrolRecords patrol;

    Transparency(RegisterQueries register, CommunityDashboard dashboard, DeliberationFigures deliberation,
            VotingFigures voting, RenewalFigures renewal, org.gongzhi.cases.CaseMeasures cases, PatrolRecords patrol) {
        this.register = register;
        this.dashboard = dashboard;
        this.deliberation = deliberation;
        this.voting = voting;
        this.renewal = renewal;
        this.cases = cases;
        this.patrol = patrol;
    }

    /** The community asked for by its code, else the signed-in person's, else the installation's first. */
    public Community community(String code) {
        if (code != null && !code.isBlank()) {
            return register.community(code.strip()).orElseThrow(() -> new NotFound("community " + code));
        }
        Long id = Actor.current().map(Actor::communityId)
                .or(register::firstCommunityId).orElseThrow(() -> new NotFound("community"));
        return register.community(id).orElseThrow(() -> new NotFound("community " + id));
    }

    public PublicFigures figures(Community community) {
        long id = community.id();
        DashboardRange range = DashboardRange.of(null, null, dashboard.today());
        YearMonth to = range.lastMonth();
        YearMonth from = to.minusMonths(MONTHS - 1L);
        List<PublicProposal> decisions = deliberation.publicProposals(id).stream()
                .filter(p -> DECISIONS.contains(p.state())).toList();
        CommunityDashboard.PublicParticipation participation = dashboard.publicParticipation(id, range);
        return new PublicFigures(community.name(), community.subdistrict(), from, to, decisions,
                voting.results(id), renewal.projects(id), cases.publicReport(id, from, to, CaseMeasuresGrouping.GRID),
                attendance(id, from, to), participation.places(), participation.asOf());
    }

    public OpenData openData(Community community) {
        long id = community.id();
        YearMonth to = YearMonth.from(dashboard.today());
        YearMonth from = to.minusMonths(MONTHS - 1L);
        return new OpenData(community.code(), from, to, deliberation.publicProposals(id), voting.results(id),
                renewal.projects(id), renewal.spending(id), renewal.ledgers(id),
                cases.publicReport(id, from, to, CaseMeasuresGrouping.GRID), attendance(id, from, to));
    }

    private List<PatrolAttendance> attendance(long community, YearMonth from, YearMonth to) {
        return patrol.attendanceTotals(community, from, to);
    }
}
