package org.gongzhi.patrol;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/** Patrol attendance as a measure: every branch and month for staff, only their own for a branch secretary. */
class AttendanceMeasuresTest extends IntegrationTest {

    @Test
    void staff_see_every_branch_and_month_and_the_demo_year_was_attended() throws Exception {
        mvc.perform(get("/api/v1/patrols/measures/attendance").param("from", "2026-01").param("to", "2026-10")
                        .with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8 * 10))
                .andExpect(jsonPath("$[?(@.patrols > 0)]", org.hamcrest.Matchers.hasSize(greaterThan(0))))
                .andExpect(jsonPath("$[?(@.patrols > 0)].attendees", everyItem(greaterThan(0))));
    }

    @Test
    void a_branch_secretary_sees_only_their_branch() throws Exception {
        mvc.perform(get("/api/v1/patrols/measures/attendance").param("from", "2026-01").param("to", "2026-03")
                        .with(as("branch.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].branchNumber", everyItem(is(1))))
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void residents_may_not_and_a_backwards_range_is_named() throws Exception {
        mvc.perform(get("/api/v1/patrols/measures/attendance").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrols/measures/attendance").param("from", "2026-05").param("to", "2026-01")
                        .with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void the_measures_page_shows_attendance_per_branch() throws Exception {
        mvc.perform(get("/patrols/measures").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("巡查出勤")))
                .andExpect(content().string(containsString("第八网格党支部")));
    }
}
