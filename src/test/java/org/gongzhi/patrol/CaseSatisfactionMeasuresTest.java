package org.gongzhi.patrol;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.WorkOrders;

/**
 * The residents' ratings in the work-order measures, exactly: of the orders closed in the month, those rated, those
 * rated 4 or 5, the ratings added up, and the mean in tenths rounded half up; and the case list behind each.
 */
class CaseSatisfactionMeasuresTest extends IntegrationTest {

    @Autowired
    WorkOrders orders;

    @Autowired
    CasePlaces places;

    @Test
    void rated_satisfied_and_the_mean_rating_per_grid_and_in_all() throws Exception {
        var s = new CaseMeasuresFixtures(orders, places, jdbc, 2037).seed();
        // grid A closed two in March (rated 4 and 3); grid B closed one (rated 4); the others are not closed
        rate(s.onTime(), 4);
        rate(s.oneMinuteLate(), 3);
        rate(s.reportedInFebruary(), 4);
        String a = "$.rows[?(@.key == " + s.gridA() + ")]";
        String b = "$.rows[?(@.key == " + s.gridB() + ")]";
        mvc.perform(get("/api/v1/patrols/measures").param("from", "2037-03").param("to", "2037-03")
                        .param("by", "grid").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(a + ".counts.RATED").value(2))
                .andExpect(jsonPath(a + ".counts.SATISFIED").value(1))
                .andExpect(jsonPath(a + ".ratingSum").value(7))
                .andExpect(jsonPath(a + ".meanRatingTenths").value(35))
                .andExpect(jsonPath(a + ".satisfiedRate.perMille").value(500))
                .andExpect(jsonPath(b + ".counts.RATED").value(1))
                .andExpect(jsonPath(b + ".meanRatingTenths").value(40))
                .andExpect(jsonPath(b + ".satisfiedRate.perMille").value(1000))
                .andExpect(jsonPath("$.totals.counts.RATED").value(3))
                .andExpect(jsonPath("$.totals.counts.SATISFIED").value(2))
                // 11 / 3 = 3.67: rounded half up to 37 tenths, not cut to 36
                .andExpect(jsonPath("$.totals.meanRatingTenths").value(37))
                .andExpect(jsonPath("$.totals.satisfiedRate.perMille").value(666));
        mvc.perform(get("/api/v1/patrols/measures").param("from", "2037-04").param("to", "2037-04")
                        .param("by", "grid").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.counts.RATED").value(0))
                .andExpect(jsonPath("$.totals.meanRatingTenths").doesNotExist())
                .andExpect(jsonPath("$.totals.satisfiedRate.perMille").doesNotExist());

        mvc.perform(get("/api/v1/cases").param("size", "100").param("measure", "SATISFIED").param("from", "2037-03")
                        .with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) s.onTime(),
                        (int) s.reportedInFebruary())));
        mvc.perform(get("/api/v1/cases").param("size", "100").param("measure", "RATED").param("from", "2037-03")
                        .param("grid", String.valueOf(s.gridA())).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) s.onTime(), (int) s.oneMinuteLate())));
        mvc.perform(get("/patrols/measures").param("year", "2037").param("month", "3").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("66.6%")))
                .andExpect(content().string(containsString(
                        "/cases?measure=SATISFIED&amp;from=2037-03&amp;to=2037-03")));
    }

    /** The reporter's rating, as the rating form leaves it on the closed order. */
    private void rate(long order, int score) {
        jdbc.sql("update work_order set rating = ? where id = ? and state = 'CLOSED'").params(score, order).update();
    }
}
