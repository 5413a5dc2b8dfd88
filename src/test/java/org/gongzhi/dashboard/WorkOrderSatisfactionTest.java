package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.IntegrationTest;

/**
 * The residents' ratings of their closed work orders, as the cases module reports them and the dashboard, the grid
 * drill-down, the public transparency page and the subdistrict show them, agree with the ratings counted here
 * straight from the work orders and their events: rated, satisfied (4 or 5) and the mean rating in tenths, per grid.
 */
class WorkOrderSatisfactionTest extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JsonMapper json;

    /** Rated, satisfied and the sum of the ratings by grid number, of the orders closed in the months given. */
    private Map<Integer, long[]> counted(String community, YearMonth from, YearMonth to) {
        OffsetDateTime starts = from.atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime ends = to.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
        Map<Integer, long[]> byGrid = new HashMap<>();
        jdbc.sql("""
                select g.number, w.rating from work_order w
                join grid g on g.id = w.grid_id join community c on c.id = w.community_id
                join (select work_order_id, max(occurred_at) as closed_at from case_event
                      where action = 'VERIFY_PASS' group by work_order_id) e on e.work_order_id = w.id
                where c.code = ? and e.closed_at >= ? and e.closed_at < ?""")
                .params(community, starts, ends)
                .query((java.sql.ResultSet rs) -> {
                    long[] sums = byGrid.computeIfAbsent(rs.getInt(1), k -> new long[3]);
                    int rating = rs.getInt(2);
                    if (!rs.wasNull()) {
                        sums[0]++;
                        sums[1] += rating >= 4 ? 1 : 0;
                        sums[2] += rating;
                    }
                });
        return byGrid;
    }

    /** The mean in tenths, rounded half up, by decimal arithmetic (the module counts in integers). */
    private static Long tenths(long[] sums) {
        return sums[0] == 0 ? null : BigDecimal.valueOf(sums[2]).multiply(BigDecimal.TEN)
                .divide(BigDecimal.valueOf(sums[0]), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long[] total(Map<Integer, long[]> byGrid) {
        long[] total = new long[3];
        byGrid.values().forEach(s -> {
            total[0] += s[0];
            total[1] += s[1];
            total[2] += s[2];
        });
        return total;
    }

    private static void agree(JsonNode row, long[] sums, String what) {
        assertThat(row.get("counts").path("RATED").asLong(0)).as(what + " rated").isEqualTo(sums[0]);
        assertThat(row.get("counts").path("SATISFIED").asLong(0)).as(what + " satisfied").isEqualTo(sums[1]);
        assertThat(row.get("ratingSum").asLong()).as(what + " ratings added").isEqualTo(sums[2]);
        assertThat(row.get("satisfiedRate").get("numerator").asLong()).isEqualTo(sums[1]);
        assertThat(row.get("satisfiedRate").get("denominator").asLong()).isEqualTo(sums[0]);
        Long perMille = sums[0] == 0 ? null : sums[1] * 1000 / sums[0];
        Long tenths = tenths(sums);
        assertThat(row.get("satisfiedRate").get("perMille").isNull() ? null
                : row.get("satisfiedRate").get("perMille").asLong()).as(what + " satisfied ‰").isEqualTo(perMille);
        assertThat(row.get("meanRatingTenths").isNull() ? null : row.get("meanRatingTenths").asLong())
                .as(what + " mean rating").isEqualTo(tenths);
    }

    @Test
    void the_dashboard_reports_the_ratings_counted_directly_by_grid() throws Exception {
        JsonNode dashboard = read(mvc.perform(get("/api/v1/dashboard").with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn());
        YearMonth from = YearMonth.parse(dashboard.get("workOrdersFrom").asString());
        YearMonth to = YearMonth.parse(dashboard.get("workOrders").get("to").asString());
        Map<Integer, long[]> counted = counted("AOYUAN", from, to);
        long[] total = total(counted);
        assertThat(total[0]).as("the demo has rated work orders").isPositive();
        assertThat(total[1]).as("and some satisfied").isPositive().isLessThanOrEqualTo(total[0]);

        for (JsonNode row : dashboard.get("workOrders").get("rows")) {
            int grid = row.get("key").asInt();
            agree(row, counted.getOrDefault(grid, new long[3]), "grid " + grid);
        }
        agree(dashboard.get("workOrders").get("totals"), total, "the community");

        String page = mvc.perform(get("/dashboard").with(as("rc.staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("不记录居民满意度")
                .contains("其中 " + total[1] + " 件满意", "平均 " + shown(tenths(total)) + " 分");
    }

    @Test
    void the_grid_drill_down_shows_that_grid_s_ratings() throws Exception {
        JsonNode dashboard = read(mvc.perform(get("/api/v1/dashboard").with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn());
        YearMonth from = YearMonth.parse(dashboard.get("workOrdersFrom").asString());
        YearMonth to = YearMonth.parse(dashboard.get("workOrders").get("to").asString());
        Map<Integer, long[]> counted = counted("AOYUAN", from, to);
        int grid = counted.entrySet().stream().filter(e -> e.getValue()[0] > 0).map(Map.Entry::getKey).sorted()
                .findFirst().orElseThrow();
        long[] sums = counted.get(grid);

        JsonNode one = read(mvc.perform(get("/api/v1/dashboard").param("grid", String.valueOf(grid))
                .with(as("rc.staff"))).andExpect(status().isOk()).andReturn());
        agree(one.get("workOrders").get("totals"), sums, "grid " + grid + " alone");
        String page = mvc.perform(get("/dashboard/grids/" + grid).with(as("rc.staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(sums[0] + " 件有上报居民的评价", "其中 " + sums[1] + " 件满意",
                "平均 " + shown(tenths(sums)) + " 分");
    }

    @Test
    void the_transparency_page_shows_the_ratings_by_grid_without_signing_in() throws Exception {
        JsonNode figures = read(mvc.perform(get("/api/v1/transparency").param("community", "AOYUAN"))
                .andExpect(status().isOk()).andReturn());
        Map<Integer, long[]> counted = counted("AOYUAN", YearMonth.parse(figures.get("from").asString()),
                YearMonth.parse(figures.get("to").asString()));
        for (JsonNode row : figures.get("workOrders").get("rows")) {
            int grid = row.get("key").asInt();
            agree(row, counted.getOrDefault(grid, new long[3]), "public, grid " + grid);
        }
        long[] total = total(counted);
        agree(figures.get("workOrders").get("totals"), total, "public, the community");
        String page = mvc.perform(get("/transparency").param("community", "AOYUAN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("平均评分", "其中 " + total[1] + " 件满意");
    }

    @Test
    void the_subdistrict_compares_the_communities_on_satisfaction() throws Exception {
        JsonNode compared = read(mvc.perform(get("/api/v1/subdistrict").param("measure", "WORK_ORDERS_SATISFIED")
                .with(as("subdistrict.officer"))).andExpect(status().isOk()).andReturn());
        for (String[] staff : new String[][] {{"AOYUAN", "rc.staff"}, {"LAITING", "rc.staff.laiting"},
                {"YUNRUN", "rc.staff.yunrun"}}) {
            JsonNode own = read(mvc.perform(get("/api/v1/dashboard").with(as(staff[1]))).andExpect(status().isOk())
                    .andReturn());
            Map<Integer, long[]> counted = counted(staff[0], YearMonth.parse(own.get("workOrdersFrom").asString()),
                    YearMonth.parse(own.get("workOrders").get("to").asString()));
            long[] total = total(counted);
            JsonNode values = community(compared, staff[0]).get("values");
            assertThat(values.get("WORK_ORDERS_SATISFIED").isNull() ? null
                    : values.get("WORK_ORDERS_SATISFIED").asLong()).as(staff[0] + " satisfied ‰")
                    .isEqualTo(total[0] == 0 ? null : total[1] * 1000 / total[0]);
            assertThat(values.get("WORK_ORDERS_RATING").isNull() ? null : values.get("WORK_ORDERS_RATING").asLong())
                    .as(staff[0] + " mean rating").isEqualTo(tenths(total));
        }
        assertThat(compared.get("rankedBy").asString()).isEqualTo("WORK_ORDERS_SATISFIED");
        assertThat(compared.get("ascending").asBoolean()).as("more satisfied ranks first").isFalse();
    }

    private static String shown(Long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode community(JsonNode compared, String code) {
        for (JsonNode c : compared.get("communities")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no community " + code);
    }
}
