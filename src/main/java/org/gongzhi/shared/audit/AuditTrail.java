package org.gongzhi.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.jdbc.BulkCopy;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;

/**
 * Who did what, when, from what to what. Details never carry personal data beyond names of fields.
 */
@Component
public class AuditTrail {

    private static final List<String> COLUMNS = List.of("community_id", "occurred_at", "actor", "action",
            "subject_type", "subject_id", "detail");
    private static final String INSERT =
            "insert into audit_event (community_id, occurred_at, actor, action, subject_type, subject_id, detail)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BulkCopy copy;

    public AuditTrail(JdbcClient jdbc, Clock clock, BulkCopy copy) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.copy = copy;
    }

    public void record(Long communityId, String action, String subjectType, Long subjectId, String detail) {
        jdbc.sql(INSERT + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(communityId, OffsetDateTime.now(clock), actingName(), action, subjectType, subjectId, detail)
                .update();
    }

    /**
     * The entries of a change made by one statement that writes the entries too (PostgreSQL's data-modifying
     * {@code WITH}, see {@code RowLocks.committedAlone}): an insert, to be a part of that statement, that writes
     * one entry for each row of the statement's part named {@code written}, by the actor named in that row's column
     * {@code actor} (a username, as {@link #record} writes it: the rows of one statement may be the wishes of several
     * callers), whose detail is {@code detail} followed by that row's id. The time is that {@link #record} writes.
     */
    public Insert entryForEachWritten(Long communityId, String action, String subjectType, Long subjectId,
            String detail) {
        return new Insert(INSERT + " select ?, ?, actor, ?, ?, ?, ? || id from written",
                Arrays.asList(communityId, OffsetDateTime.now(clock), action, subjectType, subjectId, detail));
    }

    /** The name the audit trail records for whoever acts in this thread: the actor's username, or "system". */
    public static String actingName() {
        return Actor.current().map(Actor::username).orElse("system");
    }

    /** An insert into the audit trail and its parameters, to be a part of a larger statement. */
    public record Insert(String sql, List<Object> params) {
    }

    /** One subject of a bulk change and what happened to it. */
    public record Subject(long id, String detail) {
    }

    /**
     * The same action on many subjects, in one statement (COPY on PostgreSQL), all at the same time by the same
     * actor.
     */
    public void recordEach(Long communityId, String action, String subjectType, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        String actor = actingName();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = subjects.stream()
                .map(s -> new Object[] {communityId, now, actor, action, subjectType, s.id(), s.detail()}).toList();
        if (copy.available()) {
            copy.copy("audit_event", COLUMNS, rows);
            return;
        }
        jdbc.sql(INSERT + " values "
                + String.join(", ", Collections.nCopies(subjects.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                .params(rows.stream().flatMap(Arrays::stream).toList()).update();
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
