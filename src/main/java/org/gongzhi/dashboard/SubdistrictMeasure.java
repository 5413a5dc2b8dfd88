package org.gongzhi.dashboard;

import java.util.Locale;

import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.cases.CaseMeasuresRow;
import org.gongzhi.dashboard.CommunityFigures.GridHours;
import org.gongzhi.dashboard.CommunityFigures.ProposalStage;
import org.gongzhi.patrol.PatrolAttendance;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Labelled;

/**
 * The dashboard's headline measures, one figure per community, on which the subdistrict compares and ranks its
 * communities: counts, per mille shares (households taking part; votes' turnout; work orders closed on time; rated
 * work orders rated satisfied) and tenths (of hours; of the work orders' mean rating). Higher ranks first, except where fewer is better (overdue work orders).
 */
public enum SubdistrictMeasure implements Labelled {
    HOUSEHOLDS(Unit.COUNT, null),
    RESIDENTS(Unit.COUNT, null),
    RAISED(Unit.PER_MILLE, ParticipationAction.RAISED),
    SUPPORTED(Unit.PER_MILLE, ParticipationAction.SUPPORTED),
    COMMENTED(Unit.PER_MILLE, ParticipationAction.COMMENTED),
    OBJECTED(Unit.PER_MILLE, ParticipationAction.OBJECTED),
    VOTED(Unit.PER_MILLE, ParticipationAction.VOTED),
    VOLUNTEERED(Unit.PER_MILLE, ParticipationAction.VOLUNTEERED),
    ATTENDED(Unit.PER_MILLE, ParticipationAction.ATTENDED),
    PLEDGED(Unit.PER_MILLE, ParticipationAction.PLEDGED),
    PROPOSALS(Unit.COUNT, null),
    VOTE_TURNOUT(Unit.PER_MILLE, null),
    PROJECTS(Unit.COUNT, null),
    WORK_ORDERS_DUE(Unit.COUNT, null),
    WORK_ORDERS_ON_TIME(Unit.PER_MILLE, null),
    WORK_ORDERS_OVERDUE(Unit.COUNT, null),
    WORK_ORDERS_SATISFIED(Unit.PER_MILLE, null),
    WORK_ORDERS_RATING(Unit.TENTHS, null),
    PATROLS(Unit.COUNT, null),
    PATROL_ATTENDANCE(Unit.COUNT, null),
    VOLUNTEER_HOURS(Unit.TENTHS, null);

    /** How a figure is kept: a count, per mille (shown as a percentage with one decimal), or tenths (of hours). */
    public enum Unit {
        COUNT, PER_MILLE, TENTHS
    }

    private final Unit unit;
    private final ParticipationAction action;

    SubdistrictMeasure(Unit unit, ParticipationAction action) {
        this.unit = unit;
        this.action = action;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether fewer ranks first. */
    public boolean fewerIsBetter() {
        return this == WORK_ORDERS_OVERDUE;
    }

    /** Reads a measure's name in any case; anything else is an unknown measure. */
    public static SubdistrictMeasure parse(String measure) {
        try {
            return valueOf(measure.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("measure", "subdistrict.validation.measure", measure);
        }
    }

    /** This measure's figure for a community; null where it has no denominator (no votes running, nothing due). */
    Long of(CommunityFigures f) {
        if (action != null) {
            return f.total().taking().get(action).householdsPerMille();
        }
        CaseMeasuresRow orders = f.workOrders().totals();
        return switch (this) {
            case HOUSEHOLDS -> f.total().households();
            case RESIDENTS -> f.total().residents();
            case PROPOSALS -> f.proposals().stream().mapToLong(ProposalStage::total).sum();
            case VOTE_TURNOUT -> CommunityFigures.perMille(
                    f.votes().stream().mapToLong(v -> v.vote().ballots()).sum(),
                    f.votes().stream().mapToLong(v -> v.vote().electors()).sum());
            case PROJECTS -> (long) f.projects().size();
            case WORK_ORDERS_DUE -> orders.count(CaseMeasure.DUE);
            case WORK_ORDERS_ON_TIME -> orders.onTimeRate().perMille();
            case WORK_ORDERS_OVERDUE -> orders.count(CaseMeasure.DUE) - orders.count(CaseMeasure.CLOSED_ON_TIME);
            case WORK_ORDERS_SATISFIED -> orders.satisfiedRate().perMille();
            case WORK_ORDERS_RATING -> orders.meanRatingTenths();
            case PATROLS -> f.patrolAttendance().stream().mapToLong(PatrolAttendance::patrols).sum();
            case PATROL_ATTENDANCE -> f.patrolAttendance().stream().mapToLong(PatrolAttendance::attendees).sum();
            case VOLUNTEER_HOURS -> f.volunteerHours().stream().mapToLong(GridHours::minutes).sum() / 6;
            default -> throw new IllegalStateException(name());
        };
    }
}
