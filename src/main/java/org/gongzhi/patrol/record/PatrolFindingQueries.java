package org.gongzhi.patrol.record;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.WorkOrders;
import org.gongzhi.shared.jdbc.Rows;

/** Patrol findings as stored, each with the current state of the work order it became (asked of the cases module). */
@Component
public class PatrolFindingQueries {

    private static final String SELECT = """
            select f.id, f.record_id, f.category, f.place_kind, f.place_code, f.severity, f.description, f.photo_id,
                f.work_order_id as case_id, f.idempotency_key, f.reported_by, f.reported_at
            from patrol_finding f
            where f.community_id = :community""";

    private final JdbcClient jdbc;
    private final WorkOrders orders;

    PatrolFindingQueries(JdbcClient jdbc, WorkOrders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    public List<PatrolFinding> of(long communityId, long recordId) {
        return withStates(communityId, jdbc.sql(SELECT + " and f.record_id = :record order by f.reported_at, f.id")
                .param("community", communityId).param("record", recordId).query(Rows.of(Stored.class)).list());
    }

    public Optional<PatrolFinding> byKey(long communityId, String idempotencyKey) {
        return withStates(communityId, jdbc.sql(SELECT + " and f.idempotency_key = :key")
                .param("community", communityId).param("key", idempotencyKey).query(Rows.of(Stored.class)).optional()
                .stream().toList()).stream().findFirst();
    }

    private List<PatrolFinding> withStates(long communityId, List<Stored> stored) {
        Map<Long, CaseState> states = orders.states(communityId, stored.stream().map(Stored::caseId).toList());
        return stored.stream().map(s -> s.withState(states.get(s.caseId()))).toList();
    }

    /** A finding's row, before its order's state is known. */
    record Stored(long id, long recordId, CaseCategory category, CasePlace.Kind placeKind, String placeCode,
            PatrolFindingSeverity severity, String description, Long photoId, long caseId, String idempotencyKey,
            String reportedBy, OffsetDateTime reportedAt) {

        PatrolFinding withState(CaseState state) {
            return new PatrolFinding(id, recordId, category, placeKind, placeCode, severity, description, photoId,
                    caseId, state, idempotencyKey, reportedBy, reportedAt);
        }
    }
}
