package org.gongzhi.cases;

import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.cases.CaseMeasure.Moment;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * How well work orders get closed, per grid, grid branch or month, counted in SQL: one grouped query per
 * moment (reported, due, first handled, closed), whatever the number of grids or months.
 */
@Service
public class CaseMeasures {

    public static final int MAX_MONTHS = 36;
    private static final String FROM = " " + """
             from work_order w join register_grid g on g.id = w.grid_id
             join register_branch b on b.id = g.grid_branch_id
             join %s on %s >= m.starts and %s < m.ends
             where w.community_id = :community and %s""";

    private final JdbcClient jdbc;

    CaseMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The residents' committee, subdistrict officers, administrators, and branch secretaries for their own. */
    public static boolean mayView(Actor actor) {
        return actor.communityId() != null && (actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER, Role.ADMIN)
                || !actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH).isEmpty());
    }

    public CaseMeasuresReport report(Actor actor, YearMonth from, YearMonth to, CaseMeasuresGrouping by) {
        Permissions.require(mayView(actor));
        Map<String, Object> params = new HashMap<>();
        params.put("community", actor.communityId());
        return report(scope(actor, params), params, from, to, by);
    }

    /** The whole community's measures, which hold no personal data: for the public transparency page. */
    public CaseMeasuresReport publicReport(long communityId, YearMonth from, YearMonth to, CaseMeasuresGrouping by) {
        Map<String, Object> params = new HashMap<>();
        params.put("community", communityId);
        return report("1 = 1", params, from, to, by);
    }

    private CaseMeasuresReport report(String where, Map<String, Object> params, YearMonth from, YearMonth to,
            CaseMeasuresGrouping by) {
        List<YearMonth> months = months(from, to);
        // by grid or branch the months only bound the period: one row spanning them, not a range join per month
        String periods = periods(by == CaseMeasuresGrouping.MONTH ? months : List.of(months.getFirst()),
                months.getLast(), params);
        Map<Integer, Map<CaseMeasure, Long>> counts = new TreeMap<>();
        Map<Integer, Long> closeSeconds = new HashMap<>();
        Map<Integer, Long> ratingSums = new HashMap<>();
        for (Moment moment : Moment.values()) {
            String sql = "select " + by.key() + " as k, " + columns(moment)
                    + FROM.formatted(periods, moment.at(), moment.at(), where) + " group by " + by.key();
            jdbc.sql(sql).params(params).query((ResultSet rs) -> {
                int key = rs.getInt("k");
                for (CaseMeasure measure : measuresOf(moment)) {
                    counts.computeIfAbsent(key, k -> zeros()).put(measure, rs.getLong(column(measure)));
                }
                if (moment == Moment.CLOSED) {
                    closeSeconds.put(key, rs.getLong("close_seconds"));
                    ratingSums.put(key, rs.getLong("rating_sum"));
                }
            });
        }
        List<CaseMeasuresRow> rows = counts.entrySet().stream()
                .map(e -> new CaseMeasuresRow(e.getKey(), e.getValue(), closeSeconds.getOrDefault(e.getKey(), 0L),
                        ratingSums.getOrDefault(e.getKey(), 0L)))
                .toList();
        return new CaseMeasuresReport(from, to, by, rows, totals(rows), byCategory(periods, where, params));
    }

    private Map<CaseCategory, Long> byCategory(String periods, String where, Map<String, Object> params) {
        String at = Moment.REPORTED.at();
        Map<CaseCategory, Long> reported = new EnumMap<>(CaseCategory.class);
        jdbc.sql("select w.category, count(*) as n" + FROM.formatted(periods, at, at, where) + " group by w.category")
                .params(params)
                .query((ResultSet rs) -> {
                    reported.put(CaseCategory.valueOf(rs.getString("category")), rs.getLong("n"));
                });
        return reported;
    }

    private static Map<CaseMeasure, Long> zeros() {
        Map<CaseMeasure, Long> zeros = new EnumMap<>(CaseMeasure.class);
        Arrays.stream(CaseMeasure.values()).forEach(m -> zeros.put(m, 0L));
        return zeros;
    }

    private static CaseMeasuresRow totals(List<CaseMeasuresRow> rows) {
        Map<CaseMeasure, Long> sums = Arrays.stream(CaseMeasure.values()).collect(Collectors.toMap(m -> m,
                m -> rows.stream().mapToLong(r -> r.count(m)).sum(), Long::sum, () -> new EnumMap<>(CaseMeasure.class)));
        return new CaseMeasuresRow(0, sums, rows.stream().mapToLong(CaseMeasuresRow::closeSeconds).sum(),
                rows.stream().mapToLong(CaseMeasuresRow::ratingSum).sum());
    }

    private static String columns(Moment moment) {
        String counts = measuresOf(moment).stream()
                .map(m -> "sum(case when " + m.condition() + " then 1 else 0 end) as " + column(m))
                .collect(Collectors.joining(", "));
        return moment != Moment.CLOSED ? counts : counts
                + ", cast(coalesce(sum(extract(epoch from (" + moment.at() + " - w.reported_at))), 0) as bigint)"
                + " as close_seconds, coalesce(sum(w.rating), 0) as rating_sum";
    }

    private static List<CaseMeasure> measuresOf(Moment moment) {
        return Arrays.stream(CaseMeasure.values()).filter(m -> m.moment() == moment).toList();
    }

    private static String column(CaseMeasure measure) {
        return measure.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The months as a table m(k, starts, ends), k numbered yyyymm, so that each case falls in at most one; the last
     * period runs to the end of {@code last} (the same month, unless one period spans several).
     */
    private static String periods(List<YearMonth> months, YearMonth last, Map<String, Object> params) {
        StringBuilder values = new StringBuilder("(values ");
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            YearMonth until = i == months.size() - 1 ? last : month;
            params.put("k" + i, month.getYear() * 100 + month.getMonthValue());
            params.put("s" + i, CaseMeasureWindow.startOf(month));
            params.put("e" + i, CaseMeasureWindow.startOf(until.plusMonths(1)));
            values.append(i == 0 ? "" : ", ").append("(cast(:k").append(i).append(" as int), cast(:s").append(i)
                    .append(" as timestamp with time zone), cast(:e").append(i)
                    .append(" as timestamp with time zone))");
        }
        return values.append(") as m(k, starts, ends)").toString();
    }

    private static String scope(Actor actor, Map<String, Object> params) {
        if (actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER, Role.ADMIN)) {
            return "1 = 1";
        }
        Set<Long> branches = actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH);
        params.put("branches", branches);
        return "b.id in (:branches)";
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw InvalidInput.of("from", "measures.validation.order");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw InvalidInput.of("to", "measures.validation.span", MAX_MONTHS);
        }
        return Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).toList();
    }
}
