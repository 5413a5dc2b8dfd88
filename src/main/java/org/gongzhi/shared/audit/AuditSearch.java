package org.gongzhi.shared.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.web.PageResult;

/**
 * The administrator's search of the audit trail: who revealed or exported whose personal data, when. Only
 * administrators search, and every search is itself recorded (action {@code AUDIT_SEARCHED}) with its filters.
 */
@Component
public class AuditSearch {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AuditSearch(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What to look for; every part may be left out. {@code from} and {@code to} are days in the installation's
     * time zone, both included; {@code page} counts from 0.
     */
    public record Filter(String actor, String subjectType, Long subjectId, AuditKind kind, LocalDate from,
            LocalDate to, int page) {

        public Filter {
            actor = actor == null || actor.isBlank() ? null : actor.strip();
            subjectType = subjectType == null || subjectType.isBlank() ? null : subjectType.strip();
            page = Math.max(0, page);
        }

        String described() {
            StringJoiner d = new StringJoiner(", ");
            if (actor != null) {
                d.add("actor=" + actor);
            }
            if (subjectType != null) {
                d.add("subject=" + subjectType + (subjectId == null ? "" : "#" + subjectId));
            } else if (subjectId != null) {
                d.add("subject=#" + subjectId);
            }
            if (kind != null) {
                d.add("kind=" + kind);
            }
            if (from != null) {
                d.add("from=" + from);
            }
            if (to != null) {
                d.add("to=" + to);
            }
            return d.add("page=" + page).toString();
        }
    }

    public record AuditLogEntry(long id, Long communityId, OffsetDateTime occurredAt, String actor, String action,
            String subjectType, Long subjectId, String detail) {
    }

    public static boolean maySearch(Actor actor) {
        return actor != null && actor.has(Role.ADMIN);
    }

    @Transactional
    /** One page of entries, newest first, and how many match in all. */
    public PageResult<AuditLogEntry> search(Actor actor, Filter filter) {
        Permissions.require(maySearch(actor));
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" and lower(actor) = lower(?)");
            params.add(filter.actor());
        }
        if (filter.subjectType() != null) {
            where.append(" and subject_type = ?");
            params.add(filter.subjectType());
        }
        if (filter.subjectId() != null) {
            where.append(" and subject_id = ?");
            params.add(filter.subjectId());
        }
        if (filter.kind() != null) {
            StringJoiner any = new StringJoiner(" or ", " and (", ")");
            for (String pattern : filter.kind().actionPatterns()) {
                any.add("action like ?");
                params.add(pattern);
            }
            where.append(any);
        }
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(PAGE_SIZE);
        paged.add((long) filter.page() * PAGE_SIZE);
        List<AuditLogEntry> entries = jdbc.sql("select id, community_id, occurred_at, actor, action, subject_type, subject_id,"
                + " detail from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?")
                .params(paged).query(Rows.of(AuditLogEntry.class)).list();
        audit.record(actor.communityId(), "AUDIT_SEARCHED", "audit_event", null, filter.described());
        return new PageResult<>(entries, filter.page(), PAGE_SIZE, total);
    }
}
