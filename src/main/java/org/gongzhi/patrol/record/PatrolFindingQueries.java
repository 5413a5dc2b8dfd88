package org.gongzhi.patrol.record;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Patrol findings as stored, each with the current state of the work order it became. */
@Component
public class PatrolFindingQueries {

    private static final String SELECT = """
            select f.id, f.record_id, f.category, f.place_kind, f.place_code, f.severity, f.description, f.photo_id,
                f.work_order_id as case_id, w.state as case_state, f.idempotency_key, f.reported_by, f.reported_at
            from patrol_finding f join work_order w on w.id = f.work_order_id
            where f.community_id = :community""";

    private final JdbcClient jdbc;

    PatrolFindingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PatrolFinding> of(long communityId, long recordId) {
        return jdbc.sql(SELECT + " and f.record_id = :record order by f.reported_at, f.id")
                .param("community", communityId).param("record", recordId).query(PatrolFinding.class).list();
    }

    public Optional<PatrolFinding> byKey(long communityId, String idempotencyKey) {
        return jdbc.sql(SELECT + " and f.idempotency_key = :key")
                .param("community", communityId).param("key", idempotencyKey).query(PatrolFinding.class).optional();
    }
}
