package org.gongzhi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.PageResult;

/** Lists, similar cases and case details, always within what the viewer may see. */
@Service
public class CaseQueries {

    private static final String FROM = """
             from work_order w join register_grid g on g.id = w.grid_id
             left join register_stairwell s on s.id = w.stairwell_id
             left join register_building b on b.id = coalesce(s.building_id, w.building_id)
            """;
    private static final String SUMMARY = """
            select w.id, w.category, w.state, w.place_kind, w.place_code, b.number as building_number,
                s.unit_number, g.number as grid_number, w.description, w.reported_at, w.deadline, w.escalated,
                w.rework_count, w.responsible_party, w.rating, w.reporter_resident_id, w.on_behalf_by_name,
                (select count(*) from case_me_too m where m.work_order_id = w.id) as me_toos
            """ + FROM;

    /** Past its deadline and not yet handled: {@link WorkOrder#overdue} in SQL; needs {@code :now}. */
    private static final String OVERDUE = "w.state in ('DISPATCHED', 'IN_HANDLING') and w.deadline < :now";
    /** Flagged to the residents' committee and not yet closed. */
    private static final String ESCALATED = "w.escalated and w.state not in ('REJECTED', 'CLOSED')";

    private final JdbcClient jdbc;
    private final CasePermissions permissions;
    private final Clock clock;

    CaseQueries(JdbcClient jdbc, CasePermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * The cases at a stairwell that were reported in [from, to) or were still open at its end, newest first, at most
     * {@code limit}: what its monthly digest lists (descriptions with numbers masked, as the public see them).
     */
    public List<CaseSummary> atStairwell(long communityId, long stairwellId, OffsetDateTime from, OffsetDateTime to,
            int limit) {
        return jdbc.sql(SUMMARY + """
                 where w.community_id = :c and w.stairwell_id = :s and w.reported_at < :to
                 and (w.reported_at >= :from or w.state not in ('REJECTED', 'CLOSED'))
                 order by w.reported_at desc, w.id desc limit :limit""")
                .param("c", communityId).param("s", stairwellId).param("from", from).param("to", to)
                .param("limit", limit).query(summaries(false, null)).list();
    }

    public PageResult<CaseSummary> list(long communityId, CaseScope scope, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(communityId, scope, filter, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<CaseSummary> items = jdbc.sql(SUMMARY + where + " order by w.reported_at desc, w.id desc"
                        + " limit :limit offset :offset")
                .params(params).query(summaries(scope.all(), scope.residentId())).list();
        return new PageResult<>(items, filter.page(), filter.size(), total);
    }

    /** The most recent open work orders in this scope, for the estate map: at most {@code limit}. */
    public List<CaseSummary> openOnMap(long communityId, CaseScope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where w.community_id = :community and ").append(scope.where(params))
                .append(" and w.state not in ('REJECTED', 'CLOSED')");
        params.put("community", communityId);
        params.put("limit", limit);
        return jdbc.sql(SUMMARY + where + " order by w.reported_at desc, w.id desc limit :limit")
                .params(params).query(summaries(scope.all(), scope.residentId())).list();
    }

    /** How many work orders {@link #list} finds for the filter in all, without reading any of them. */
    public long count(long communityId, CaseScope scope, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + FROM + where(communityId, scope, filter, params)).params(params)
                .query(Long.class).single();
    }

    private String where(long communityId, CaseScope scope, CaseFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where w.community_id = :community and ").append(scope.where(params));
        params.put("community", communityId);
        if (filter.state() != null) {
            where.append(" and w.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.category() != null) {
            where.append(" and w.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.gridNumber() != null) {
            where.append(" and g.number = :grid");
            params.put("grid", filter.gridNumber());
        }
        if (filter.branchNumber() != null) {
            where.append(" and g.grid_branch_id = (select gb.id from register_branch gb"
                    + " where gb.community_id = :community and gb.number = :branch)");
            params.put("branch", filter.branchNumber());
        }
        if (filter.party() != null) {
            where.append(" and w.responsible_party = :party");
            params.put("party", filter.party().name());
        }
        if (filter.window() != null) {
            where.append(" and ").append(filter.window().where(params));
        }
        if (filter.overdue()) {
            where.append(" and ").append(OVERDUE);
            params.put("now", OffsetDateTime.now(clock));
        }
        if (filter.escalated()) {
            where.append(" and ").append(ESCALATED);
        }
        return where.toString();
    }

    /** The resident's own reports and those they said "me too" to that they may still see, newest first. */
    public List<CaseSummary> mine(Actor resident) {
        Map<String, Object> params = new HashMap<>();
        CaseScope scope = permissions.scope(resident);
        String where = " where w.community_id = :community and " + scope.where(params)
                + " and (w.reporter_resident_id = :me or exists (select 1 from case_me_too m"
                + " where m.work_order_id = w.id and m.resident_id = :me))";
        params.put("community", resident.communityId());
        params.put("me", resident.residentId());
        return jdbc.sql(SUMMARY + where + " order by w.reported_at desc, w.id desc limit 100").params(params)
                .query(summaries(scope.all(), resident.residentId())).list();
    }

    /** Work waiting in a scope: reports to accept, dispatched orders not yet started, overdue and escalated ones. */
    public record Backlog(long reported, long awaitingHandling, long overdue, long escalated) {
    }

    /** The backlog of the work orders in the scope, only those dispatched to {@code party} if one is given. */
    public Backlog backlog(long communityId, CaseScope scope, ResponsibleParty party) {
        Map<String, Object> params = new HashMap<>();
        String where = " where w.community_id = :community and " + scope.where(params)
                + (party == null ? "" : " and w.responsible_party = :party");
        params.put("community", communityId);
        params.put("now", OffsetDateTime.now(clock));
        if (party != null) {
            params.put("party", party.name());
        }
        return jdbc.sql("""
                select coalesce(sum(case when w.state = 'REPORTED' then 1 else 0 end), 0) as reported,
                    coalesce(sum(case when w.state = 'DISPATCHED' then 1 else 0 end), 0) as awaiting_handling,"""
                + " coalesce(sum(case when " + OVERDUE + " then 1 else 0 end), 0) as overdue,"
                + " coalesce(sum(case when " + ESCALATED + " then 1 else 0 end), 0) as escalated"
                + " from work_order w" + where).params(params).query(Rows.of(Backlog.class)).single();
    }

    /**
     * The open cases the viewer may see, of this category (or of any when null), newest first, at most {@code limit}:
     * what {@link NearbyReports} measures the distance to.
     */
    List<CaseSummary> open(Actor viewer, CaseCategory category, int limit) {
        Map<String, Object> params = new HashMap<>();
        CaseScope scope = permissions.scope(viewer);
        String where = " where w.community_id = :community and " + scope.where(params)
                + " and w.state not in ('REJECTED', 'CLOSED')" + (category == null ? "" : " and w.category = :category");
        params.put("community", viewer.communityId());
        params.put("limit", limit);
        if (category != null) {
            params.put("category", category.name());
        }
        return jdbc.sql(SUMMARY + where + " order by w.reported_at desc, w.id desc limit :limit").params(params)
                .query(summaries(scope.all(), viewer.residentId())).list();
    }

    /**
     * Open cases of the same category at the same place or in the same grid that the viewer may see, the same
     * place first.
     */
    public List<CaseSummary> similar(Actor viewer, CaseCategory category, CasePlaces.Located where) {
        Map<String, Object> params = new HashMap<>();
        CaseScope scope = permissions.scope(viewer);
        return jdbc.sql(SUMMARY + " where w.community_id = :community and w.category = :category and "
                + scope.where(params)
                + """

                 and w.state not in ('REJECTED', 'CLOSED')
                 and (w.grid_id = :grid or (w.place_kind = :kind and w.place_code = :code))
                 order by case when w.place_kind = :kind and w.place_code = :code then 0 else 1 end,
                     me_toos desc, w.reported_at desc limit 5""")
                .params(params).param("community", viewer.communityId()).param("category", category.name())
                .param("grid", where.gridId()).param("kind", where.place().kind().name())
                .param("code", where.place().code())
                .query(summaries(scope.all(), viewer.residentId())).list();
    }

    public CaseDetails details(Actor viewer, long id) {
        Reporter reporter = jdbc.sql("""
                select w.anonymous, w.reporter_resident_id, r.name, w.outside_department, w.rating_comment
                from work_order w left join register_resident r on r.id = w.reporter_resident_id
                where w.id = ? and w.community_id = ?""")
                .params(id, viewer.communityId()).query(Rows.of(Reporter.class)).single();
        boolean known = permissions.mayKnowReporter(viewer, reporter.anonymous(), reporter.reporterResidentId());
        boolean whole = permissions.scope(viewer).all();
        CaseSummary summary = jdbc.sql(SUMMARY + " where w.id = ?").param(id)
                .query(summaries(whole, viewer.residentId())).single();
        boolean own = summary.reportedBy(viewer.residentId());
        return new CaseDetails(summary, reporter.anonymous(), known ? reporter.name() : null, own,
                reporter.outsideDepartment(), whole || own ? reporter.ratingComment()
                        : Masking.numbersIn(reporter.ratingComment()),
                photos(id), timeline(id, known ? null : reporter.reporterResidentId(), whole));
    }

    private List<CaseDetails.Photo> photos(long id) {
        return jdbc.sql("select id, purpose from case_photo where work_order_id = ? order by id").param(id)
                .query((rs, n) -> new CaseDetails.Photo(rs.getLong("id"), rs.getString("purpose"),
                        "/cases/" + id + "/photos/" + rs.getLong("id")))
                .list();
    }

    /** Steps taken by the hidden reporter show no name; numbers in notes are masked unless {@code whole}. */
    private List<CaseDetails.CaseStep> timeline(long id, Long hiddenResidentId, boolean whole) {
        return jdbc.sql("""
                select occurred_at, action, from_state, to_state, actor_name, actor_resident_id, note
                from case_event where work_order_id = ? order by occurred_at, id""")
                .param(id)
                .query((rs, n) -> {
                    Long actorResident = rs.getObject("actor_resident_id", Long.class);
                    boolean hidden = hiddenResidentId != null && hiddenResidentId.equals(actorResident);
                    return new CaseDetails.CaseStep(rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getString("action"), state(rs, "from_state"), state(rs, "to_state"),
                            hidden ? null : rs.getString("actor_name"),
                            whole ? rs.getString("note") : Masking.numbersIn(rs.getString("note")));
                })
                .list();
    }

    /**
     * Rows as summaries; phone and ID-card numbers in a description are masked unless the viewer oversees every
     * case ({@code whole}) or wrote it.
     */
    private RowMapper<CaseSummary> summaries(boolean whole, Long viewerResidentId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return (rs, n) -> {
            Long reporter = rs.getObject("reporter_resident_id", Long.class);
            String description = rs.getString("description");
            CaseState state = state(rs, "state");
            OffsetDateTime deadline = rs.getObject("deadline", OffsetDateTime.class);
            String party = rs.getString("responsible_party");
            return new CaseSummary(rs.getLong("id"), CaseCategory.valueOf(rs.getString("category")), state,
                    new CasePlace(CasePlace.Kind.valueOf(rs.getString("place_kind")), rs.getString("place_code"),
                            rs.getObject("building_number", Integer.class),
                            rs.getObject("unit_number", Integer.class)),
                    rs.getInt("grid_number"), whole || reporter != null && reporter.equals(viewerResidentId)
                            ? description : Masking.numbersIn(description),
                    rs.getObject("reported_at", OffsetDateTime.class), deadline,
                    WorkOrder.overdue(state, deadline, now), rs.getBoolean("escalated"), rs.getInt("rework_count"),
                    party == null ? null : ResponsibleParty.valueOf(party), rs.getObject("rating", Integer.class),
                    rs.getLong("me_toos"), reporter, rs.getString("on_behalf_by_name"));
        };
    }

    private static CaseState state(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : CaseState.valueOf(value);
    }

    record Reporter(boolean anonymous, Long reporterResidentId, String name, String outsideDepartment,
            String ratingComment) {
    }
}
