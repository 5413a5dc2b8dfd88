package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.WorkOrders;

/** The measures per grid, branch and month, exactly, with their boundaries, links and who may see them. */
class CaseMeasuresTest extends IntegrationTest {

    @Autowired
    WorkOrders orders;

    @Autowired
    CasePlaces places;

    private CaseMeasuresFixtures.Seeded seed(int year) {
        return new CaseMeasuresFixtures(orders, places, jdbc, year).seed();
    }

    private ResultActions measures(String user, String from, String to, String by) throws Exception {
        return mvc.perform(get("/api/v1/patrols/measures").param("from", from).param("to", to).param("by", by)
                .with(as(user)));
    }

    private ResultActions cases(String... params) throws Exception {
        var request = get("/api/v1/cases").param("size", "100").with(as("rc.staff"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private static Integer[] ids(long... ids) {
        return Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
    }

    @Test
    void per_grid_every_measure_is_exact_including_the_deadline_and_month_boundaries() throws Exception {
        var s = seed(2031);
        String a = "$.rows[?(@.key == " + s.gridA() + ")]";
        String b = "$.rows[?(@.key == " + s.gridB() + ")]";
        measures("rc.staff", "2031-03", "2031-03", "grid")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("GRID"))
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath(a + ".counts.REPORTED").value(4))
                .andExpect(jsonPath(a + ".counts.DUE").value(2))
                .andExpect(jsonPath(a + ".counts.CLOSED_WHEN_DUE").value(2))
                .andExpect(jsonPath(a + ".counts.CLOSED_ON_TIME").value(1))
                .andExpect(jsonPath(a + ".counts.HANDLED").value(2))
                .andExpect(jsonPath(a + ".counts.REWORKED").value(1))
                .andExpect(jsonPath(a + ".counts.CLOSED").value(2))
                .andExpect(jsonPath(a + ".closeSeconds").value(2 * 96 * 3600 + 60))
                .andExpect(jsonPath(a + ".averageMinutesToClose").value(5761))
                .andExpect(jsonPath(a + ".closeRate.numerator").value(2))
                .andExpect(jsonPath(a + ".closeRate.denominator").value(2))
                .andExpect(jsonPath(a + ".closeRate.perMille").value(1000))
                .andExpect(jsonPath(a + ".onTimeRate.perMille").value(500))
                .andExpect(jsonPath(a + ".reworkRate.perMille").value(500))
                .andExpect(jsonPath(b + ".counts.REPORTED").value(1))
                .andExpect(jsonPath(b + ".counts.DUE").value(2))
                .andExpect(jsonPath(b + ".counts.CLOSED_WHEN_DUE").value(1))
                .andExpect(jsonPath(b + ".counts.CLOSED_ON_TIME").value(1))
                .andExpect(jsonPath(b + ".counts.HANDLED").value(0))
                .andExpect(jsonPath(b + ".counts.CLOSED").value(1))
                .andExpect(jsonPath(b + ".closeSeconds").value(48 * 3600))
                .andExpect(jsonPath(b + ".reworkRate.denominator").value(0))
                .andExpect(jsonPath("$.totals.counts.REPORTED").value(5))
                .andExpect(jsonPath("$.totals.counts.DUE").value(4))
                .andExpect(jsonPath("$.totals.onTimeRate.perMille").value(500))
                .andExpect(jsonPath("$.reportedByCategory.NOISE").value(5))
                .andExpect(jsonPath("$.reportedByCategory.length()").value(1));
    }

    @Test
    void per_branch_and_per_month_add_up_the_same_cases() throws Exception {
        var s = seed(2034);
        assertThat(s.branchA()).isNotEqualTo(s.branchB());
        measures("rc.staff", "2034-03", "2034-03", "branch")
                .andExpect(jsonPath("$.rows[*].key", containsInAnyOrder(s.branchA(), s.branchB())))
                .andExpect(jsonPath("$.rows[?(@.key == " + s.branchA() + ")].counts.REPORTED").value(4))
                .andExpect(jsonPath("$.rows[?(@.key == " + s.branchB() + ")].counts.DUE").value(2));
        measures("rc.staff", "2034-02", "2034-04", "month")
                .andExpect(jsonPath("$.rows[*].key", containsInAnyOrder(203402, 203403, 203404)))
                .andExpect(jsonPath("$.rows[0].counts.REPORTED").value(1))
                .andExpect(jsonPath("$.rows[0].counts.HANDLED").value(1))
                .andExpect(jsonPath("$.rows[0].counts.DUE").value(0))
                .andExpect(jsonPath("$.rows[1].counts.REPORTED").value(5))
                .andExpect(jsonPath("$.rows[1].counts.DUE").value(4))
                .andExpect(jsonPath("$.rows[1].counts.CLOSED_WHEN_DUE").value(3))
                .andExpect(jsonPath("$.rows[1].counts.CLOSED_ON_TIME").value(2))
                .andExpect(jsonPath("$.rows[1].counts.HANDLED").value(2))
                .andExpect(jsonPath("$.rows[1].counts.REWORKED").value(1))
                .andExpect(jsonPath("$.rows[1].counts.CLOSED").value(3))
                .andExpect(jsonPath("$.rows[2].counts.REPORTED").value(1))
                .andExpect(jsonPath("$.totals.counts.REPORTED").value(7));
    }

    @Test
    void each_figure_links_to_exactly_the_cases_behind_it() throws Exception {
        var s = seed(2032);
        cases("measure", "CLOSED_ON_TIME", "from", "2032-03", "to", "2032-03")
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ids(s.onTime(), s.reportedInFebruary()))));
        cases("measure", "CLOSED_ON_TIME", "from", "2032-03", "grid", String.valueOf(s.gridA()))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ids(s.onTime()))));
        cases("measure", "DUE", "from", "2032-03", "to", "2032-03", "branch", String.valueOf(s.branchB()))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ids(s.dueNotHandled(), s.reportedInFebruary()))));
        cases("measure", "REWORKED", "from", "2032-03", "to", "2032-03")
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ids(s.oneMinuteLate()))));
        cases("measure", "REPORTED", "from", "2032-03", "to", "2032-03", "grid", String.valueOf(s.gridA()))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(
                        ids(s.onTime(), s.oneMinuteLate(), s.reportedLastMinute(), s.rejected()))));
        cases("measure", "REPORTED", "from", "2032-04")
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ids(s.reportedInApril()))));
        cases("measure", "CLOSED", "from", "2032-02", "to", "2032-03", "state", "CLOSED")
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/cases").param("measure", "CLOSED_ON_TIME").param("from", "2032-03").param("to", "2032-03")
                        .with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 2 件")))
                .andExpect(content().string(containsString("2032-03 至 2032-03 到期且按期结案的工单")));
        mvc.perform(get("/cases").param("grid", String.valueOf(s.gridA())).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("measure-filter"))));
    }

    @Test
    void a_branch_secretary_sees_only_the_grids_of_the_branch_and_others_are_refused() throws Exception {
        var s = seed(2033);
        assertThat(s.branchA()).isEqualTo(1);
        measures("branch.secretary", "2033-03", "2033-03", "grid")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].key", containsInAnyOrder(s.gridA())));
        measures("branch.secretary", "2033-03", "2033-03", "branch")
                .andExpect(jsonPath("$.rows[*].key", containsInAnyOrder(1)));
        mvc.perform(get("/patrols/measures").with(as("branch.secretary"))).andExpect(status().isOk());
        mvc.perform(get("/patrols/measures").param("year", "2033").param("month", "3").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应结案数")))
                .andExpect(content().string(containsString("/cases?measure=REPORTED&amp;from=2033-03&amp;to=2033-03")));
        for (String user : List.of("pm.staff", "oc.member", "resident")) {
            measures(user, "2033-03", "2033-03", "grid").andExpect(status().isForbidden());
            mvc.perform(get("/patrols/measures").with(as(user))).andExpect(status().isForbidden());
        }
        measures("rc.staff", "2033-04", "2033-03", "grid").andExpect(status().isBadRequest());
        measures("rc.staff", "2030-01", "2033-03", "grid").andExpect(status().isBadRequest());
        measures("rc.staff", "2033-03", "2033-03", "street").andExpect(status().isBadRequest());
    }

    @Test
    void each_chart_is_named_by_its_own_title_and_no_id_is_null() throws Exception {
        seed(2036);
        String page = mvc.perform(get("/patrols/measures").param("year", "2036").param("month", "3")
                        .with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String group : List.of("by-month", "by-branch", "by-grid")) {
            assertThat(page).contains("aria-labelledby=\"" + group + "-chart\"", "<title id=\"" + group + "-chart\"",
                    "<h2 id=\"" + group + "-title\"", "aria-labelledby=\"" + group + "-title\"");
        }
        assertThat(page).doesNotContain("\"null-", "=\"null\"", "-null\"");
        assertThat(page.substring(0, page.indexOf("</head>"))).as("the page's own title, not the charts'")
                .containsOnlyOnce("<title");
    }
}
