package org.gongzhi.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;

/**
 * Who did what, when, from what to what. Details never carry personal data beyond names of fields.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Long communityId, String action, String subjectType, Long subjectId, String detail) {
        String actor = Actor.current().map(Actor::username).orElse("system");
        jdbc.sql("""
                insert into audit_event (community_id, occurred_at, actor, action, subject_type, subject_id, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, OffsetDateTime.now(clock), actor, action, subjectType, subjectId, detail)
                .update();
    }

    public List<AuditEntry> of(String subjectType, long subjectId) {
        return jdbc.sql("""
                select occurred_at, actor, action, detail from audit_event
                where subject_type = ? and subject_id = ? order by occurred_at desc, id desc""")
                .params(subjectType, subjectId)
                .query(Rows.of(AuditEntry.class))
                .list();
    }

    public long count(String action, String subjectType, long subjectId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject_type = ? and subject_id = ?")
                .params(action, subjectType, subjectId)
                .query(Long.class)
                .single();
    }

    public record AuditEntry(OffsetDateTime occurredAt, String actor, String action, String detail) {
    }
}
