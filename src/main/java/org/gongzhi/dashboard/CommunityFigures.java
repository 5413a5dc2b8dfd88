package org.gongzhi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.gongzhi.cases.CaseMeasuresReport;
import org.gongzhi.community.Cohort;
import org.gongzhi.deliberation.DeliberationFigures;
import org.gongzhi.patrol.PatrolAttendance;
import org.gongzhi.pet.PetStatistics.DogCompliance;
import org.gongzhi.voting.VotingFigures.RunningVote;

/**
 * The community at a glance for staff, over a range of days and the grids they may see (one grid when asked):
 * who took part, by grid, stairwell (one grid only) and generation, and each module's own measures; as of the
 * instant they were computed (they are kept for a short time, see {@link CommunityDashboard}).
 */
public record CommunityFigures(LocalDate from, LocalDate to, Integer grid, List<ParticipationAction> actions,
        PlaceShare total, List<PlaceShare> byGrid, List<PlaceShare> byStairwell, List<CohortShare> byCohort,
        List<ProposalStage> proposals, List<VoteTurnout> votes, List<ProjectProgress> projects,
        YearMonth workOrdersFrom, CaseMeasuresReport workOrders, List<PatrolAttendance> patrolAttendance,
        List<GridHours> volunteerHours, DogCompliance dogs, Instant asOf) {

    /** Who took part in one way: residents and households (counts, and per mille of those living there). */
    public record Taking(long residents, long households, Long residentsPerMille, Long householdsPerMille) {

        static Taking of(long residents, long households, long livingResidents, long livingHouseholds) {
            return new Taking(residents, households, perMille(residents, livingResidents),
                    perMille(households, livingHouseholds));
        }
    }

    /** A grid (key: its number) or a stairwell (key: its code) with the people living there and who took part. */
    public record PlaceShare(String key, String name, long residents, long households,
            Map<ParticipationAction, Taking> taking) {
    }

    /** One generation: how many live in the places seen, in how many households, and who of them took part. */
    public record CohortShare(Cohort cohort, long residents, long households,
            Map<ParticipationAction, Taking> taking) {
    }

    /** Raised proposals in one stage, by how long ago they were raised. */
    public record ProposalStage(String state, Map<DeliberationFigures.Age, Long> byAge, long total) {
    }

    /** A running vote with its turnout (ballots per mille of electors). */
    public record VoteTurnout(RunningVote vote, Long turnoutPerMille) {
    }

    public record ProjectProgress(long id, String title, String state, int percentDone, long budgetFen,
            long spentFen) {
    }

    /** Verified volunteer service of a grid's residents: minutes, and hours to one decimal as tenths. */
    public record GridHours(int gridNumber, long minutes) {

        public long tenthsOfHours() {
            return minutes / 6;
        }
    }

    static Long perMille(long part, long whole) {
        return whole == 0 ? null : part * 1000 / whole;
    }
}
