package org.gongzhi.patrol;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.CaseTransition;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.cases.WorkOrders;

/**
 * Hand-built cases in March of a year the demo data never reaches, with exact times (Shanghai, +08:00):
 * grid A is the grid of stairwell AY-1-1 (branch 1), grid B the grid of the north gate.
 */
final class CaseMeasuresFixtures {

    static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private final WorkOrders orders;
    private final CasePlaces places;
    private final JdbcClient jdbc;
    private final int year;
    private final long community;

    CaseMeasuresFixtures(WorkOrders orders, CasePlaces places, JdbcClient jdbc, int year) {
        this.orders = orders;
        this.places = places;
        this.jdbc = jdbc;
        this.year = year;
        this.community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    /** The cases of one test year and what they stand for. */
    record Seeded(int gridA, int gridB, int branchA, int branchB, long onTime, long oneMinuteLate,
            long dueNotHandled, long reportedInFebruary, long reportedInApril, long reportedLastMinute,
            long rejected) {
    }

    Seeded seed() {
        CasePlaces.Located a = places.locate(community, Kind.STAIRWELL, "AY-1-1");
        CasePlaces.Located b = places.locate(community, Kind.LANDMARK, "NORTH_GATE");
        // closed exactly at its deadline: on time
        long onTime = create(a, at(3, 1, 10, 0), step(CaseAction.ACCEPT, at(3, 1, 10, 30)),
                step(CaseAction.DISPATCH, at(3, 2, 10, 0)), step(CaseAction.START, at(3, 3, 9, 0)),
                step(CaseAction.HANDLE, at(3, 4, 10, 0)), step(CaseAction.VERIFY_PASS, at(3, 5, 10, 0)));
        // reworked once, closed one minute after its deadline
        long late = create(a, at(3, 1, 12, 0), step(CaseAction.ACCEPT, at(3, 1, 12, 30)),
                step(CaseAction.DISPATCH, at(3, 2, 12, 0)), step(CaseAction.START, at(3, 2, 13, 0)),
                step(CaseAction.HANDLE, at(3, 3, 12, 0)), step(CaseAction.VERIFY_FAIL, at(3, 3, 18, 0)),
                step(CaseAction.HANDLE, at(3, 4, 12, 0)), step(CaseAction.VERIFY_PASS, at(3, 5, 12, 1)));
        long open = create(b, at(3, 10, 8, 0), step(CaseAction.ACCEPT, at(3, 10, 8, 30)),
                step(CaseAction.DISPATCH, at(3, 10, 9, 0)), step(CaseAction.START, at(3, 11, 9, 0)));
        long february = create(b, at(2, 27, 9, 0), step(CaseAction.ACCEPT, at(2, 27, 9, 0)),
                step(CaseAction.DISPATCH, at(2, 27, 9, 0)), step(CaseAction.START, at(2, 27, 10, 0)),
                step(CaseAction.HANDLE, at(2, 28, 9, 0)), step(CaseAction.VERIFY_PASS, at(3, 1, 9, 0)));
        long april = create(a, at(4, 1, 0, 0));
        long lastMinute = create(a, at(3, 31, 23, 59));
        long rejected = create(a, at(3, 20, 9, 0), new Step(
                new CaseTransition(CaseAction.REJECT, "重复上报", null, null, false), at(3, 20, 10, 0)));
        return new Seeded(gridNumber(a), gridNumber(b), branchNumber(a), branchNumber(b), onTime, late, open,
                february, april, lastMinute, rejected);
    }

    OffsetDateTime at(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI);
    }

    private static Step step(CaseAction action, OffsetDateTime at) {
        return new Step(switch (action) {
            case DISPATCH -> new CaseTransition(action, null, ResponsibleParty.PROPERTY_COMPANY, null, false);
            case HANDLE -> new CaseTransition(action, "已处理", null, null, true);
            case VERIFY_FAIL -> new CaseTransition(action, "还没好", null, null, false);
            default -> CaseTransition.of(action);
        }, at);
    }

    private long create(CasePlaces.Located where, OffsetDateTime reportedAt, Step... steps) {
        WorkOrder order = WorkOrder.report(community, CaseCategory.NOISE, where.gridId(), null, reportedAt);
        long id = orders.add(order, "指标测试 " + year, where, false, CaseActor.SYSTEM);
        for (Step step : steps) {
            WorkOrder loaded = orders.get(community, id);
            loaded.apply(step.transition(), step.at());
            orders.save(loaded, CaseActor.SYSTEM);
        }
        return id;
    }

    private int gridNumber(CasePlaces.Located where) {
        return jdbc.sql("select number from grid where id = ?").param(where.gridId()).query(Integer.class).single();
    }

    private int branchNumber(CasePlaces.Located where) {
        return jdbc.sql("select b.number from grid g join grid_branch b on b.id = g.grid_branch_id where g.id = ?")
                .param(where.gridId()).query(Integer.class).single();
    }

    private record Step(CaseTransition transition, OffsetDateTime at) {
    }
}
