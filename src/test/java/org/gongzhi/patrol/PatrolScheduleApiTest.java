package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.IntegrationTest;

/**
 * The patrol schedule API. Changes use 2029 dates, which no other test touches: branch 1 for the secretary's
 * move, branch 6 for a cancellation; branch 7's schedule is changed and put back.
 */
class PatrolScheduleApiTest extends IntegrationTest {

    private static final String SCHEDULE = "/api/v1/patrols/schedule";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private long exceptionsIn2027(String kind) {
        return jdbc.sql("""
                select count(*) from patrol_exception
                where kind = ? and original_date between date '2027-01-01' and date '2027-12-31'""")
                .param(kind).query(Long.class).single();
    }

    private long scheduleOfBranch(int number) {
        return jdbc.sql("""
                select s.id from patrol_schedule s join grid_branch b on b.id = s.grid_branch_id
                where b.community_id = 1 and b.number = ?""")
                .param(number).query(Long.class).single();
    }

    private static Map<String, Object> change(String originalDate, String kind, String newDate, String newStart,
            String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("originalDate", originalDate);
        body.put("kind", kind);
        body.put("newDate", newDate);
        body.put("newStart", newStart);
        body.put("reason", reason);
        return body;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private ResultActions except(String username, int branch, Map<String, Object> body) throws Exception {
        return mvc.perform(json(post("/api/v1/patrols/branches/" + branch + "/exceptions"), body).with(as(username)));
    }

    @Test
    void a_year_lists_twelve_patrols_for_each_of_the_eight_branches_with_their_changes() throws Exception {
        mvc.perform(get(SCHEDULE).param("year", "2027").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(8 * 12)))
                .andExpect(jsonPath("$[?(@.status == 'SCHEDULED')]", hasSize((int) (96
                        - exceptionsIn2027("MOVED") - exceptionsIn2027("CANCELLED")))))
                .andExpect(jsonPath("$[?(@.status == 'MOVED')]", hasSize((int) exceptionsIn2027("MOVED"))))
                .andExpect(jsonPath("$[?(@.status == 'CANCELLED')]", hasSize((int) exceptionsIn2027("CANCELLED"))))
                .andExpect(jsonPath("$[12].branch").value(2))
                .andExpect(jsonPath("$[12].branchName").value("第二网格党支部"))
                .andExpect(jsonPath("$[12].date").value("2027-01-07"))
                .andExpect(jsonPath("$[12].start").value("14:00"))
                .andExpect(jsonPath("$[12].meetingPoint").value("第二网格党群服务站"))
                .andExpect(jsonPath("$[12].status").value("SCHEDULED"));
    }

    @Test
    void the_demo_moved_one_patrol_for_national_day_and_cancelled_one_for_a_typhoon() throws Exception {
        mvc.perform(get(SCHEDULE).param("year", "2027").param("branch", "3").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(12)))
                .andExpect(jsonPath("$[*].branch", everyItem(is(3))))
                .andExpect(jsonPath("$[9].originalDate").value("2027-10-07"))
                .andExpect(jsonPath("$[9].date").value("2027-10-14"))
                .andExpect(jsonPath("$[9].status").value("MOVED"))
                .andExpect(jsonPath("$[9].reason").value(containsString("国庆")));
        mvc.perform(get(SCHEDULE).param("year", "2027").param("branch", "5").with(as("resident")))
                .andExpect(jsonPath("$[7].date").value("2027-08-05"))
                .andExpect(jsonPath("$[7].status").value("CANCELLED"))
                .andExpect(jsonPath("$[7].reason").value(containsString("台风")));
    }

    @Test
    void a_bad_year_or_branch_is_a_400_naming_the_parameter() throws Exception {
        for (String year : new String[] {"abc", "1999", "2101", "27"}) {
            mvc.perform(get(SCHEDULE).param("year", year).with(as("resident")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", contains("year")));
        }
        mvc.perform(get(SCHEDULE).param("year", "2027").param("branch", "99").with(as("resident")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("branch")));
    }

    @Test
    void the_secretary_of_branch_one_moves_a_branch_one_patrol_but_not_one_of_branch_two() throws Exception {
        long before = jdbc.sql("select count(*) from audit_event where action = 'PATROL_MOVED' and subject_id = ?")
                .param(scheduleOfBranch(1)).query(Long.class).single();
        // 1 March 2029 is a Thursday, so the Thursday of week 2 is the 8th
        except("branch.secretary", 1, change("2029-03-08", "MOVED", "2029-03-15", "15:00", "社区运动会占用场地"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.branch").value(1))
                .andExpect(jsonPath("$.originalDate").value("2029-03-08"))
                .andExpect(jsonPath("$.date").value("2029-03-15"))
                .andExpect(jsonPath("$.start").value("15:00"))
                .andExpect(jsonPath("$.status").value("MOVED"));
        mvc.perform(get(SCHEDULE).param("year", "2029").param("branch", "1").with(as("resident")))
                .andExpect(jsonPath("$[2].date").value("2029-03-15"))
                .andExpect(jsonPath("$[2].status").value("MOVED"))
                .andExpect(jsonPath("$[2].reason").value("社区运动会占用场地"));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'PATROL_MOVED' and subject_id = ?
                and actor = 'branch.secretary'""").param(scheduleOfBranch(1)).query(Long.class).single())
                .isEqualTo(before + 1);

        except("branch.secretary", 2, change("2029-03-08", "MOVED", "2029-03-15", "15:00", "试图改别的支部"))
                .andExpect(status().isForbidden());
    }

    @Test
    void residents_committee_staff_cancel_a_patrol_of_any_branch() throws Exception {
        // 1 April 2029 is a Sunday, so the Thursday of week 2 is the 5th (the 2nd Thursday would be the 12th)
        except("rc.staff", 6, change("2029-04-05", "CANCELLED", null, null, "台风红色预警"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.date").value("2029-04-05"))
                .andExpect(jsonPath("$.reason").value("台风红色预警"));
    }

    @Test
    void residents_may_look_but_not_change_and_strangers_get_401() throws Exception {
        except("resident", 1, change("2029-05-10", "CANCELLED", null, null, "不想去"))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/patrols/branches/1/schedule"), Map.of("start", "15:00")).with(as("resident")))
                .andExpect(status().isForbidden());
        mvc.perform(get(SCHEDULE).param("year", "2027")).andExpect(status().isUnauthorized());
        mvc.perform(json(post("/api/v1/patrols/branches/1/exceptions"),
                change("2029-05-10", "CANCELLED", null, null, "x"))).andExpect(status().isUnauthorized());
    }

    @Test
    void a_bad_change_is_a_400_naming_each_field() throws Exception {
        except("rc.staff", 4, change("2029-03-15", "MOVED", "", "25:00", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("originalDate", "newDate", "newStart", "reason")));
        except("rc.staff", 4, change("2026-01-08", "POSTPONED", null, null, "过去的巡查"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("originalDate", "kind")));
    }

    @Test
    void staff_change_a_branch_schedule_and_the_rule_follows_the_reading() throws Exception {
        // the 2nd Thursday, written as a program might: the Thursday on day 8–14
        Map<String, Object> changed = Map.of("start", "15:30", "durationMinutes", 90, "meetingPoint",
                "第七网格党群服务站（临时）", "studyTopic", "垃圾分类新规学习", "rrule",
                "FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=8,9,10,11,12,13,14");
        mvc.perform(json(put("/api/v1/patrols/branches/7/schedule"), changed).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value("15:30"))
                .andExpect(jsonPath("$.reading").value("SECOND_THURSDAY"))
                .andExpect(jsonPath("$.rrule").value("FREQ=MONTHLY;BYDAY=2TH"));
        mvc.perform(get(SCHEDULE).param("year", "2027").param("branch", "7").with(as("resident")))
                .andExpect(jsonPath("$[0].date").value("2027-01-14"))
                .andExpect(jsonPath("$[0].start").value("15:30"));
        assertThat(jdbc.sql("""
                select detail from audit_event where action = 'PATROL_SCHEDULE_CHANGED' and subject_id = ?
                order by id desc limit 1""").param(scheduleOfBranch(7)).query(String.class).single())
                .contains("start: 14:00 → 15:30", "reading: WEEK_TWO_THURSDAY → SECOND_THURSDAY");

        Map<String, Object> original = Map.of("start", "14:00", "durationMinutes", 120, "meetingPoint",
                "第七网格党群服务站", "studyTopic", PatrolSchedules.DEFAULT_STUDY_TOPIC, "reading", "WEEK_TWO_THURSDAY");
        mvc.perform(json(put("/api/v1/patrols/branches/7/schedule"), original).with(as("rc.staff")))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/patrols/branches/7/schedule"), Map.of("start", "14:00", "durationMinutes", 5,
                        "reading", "THIRD_THURSDAY")).with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field",
                        contains("durationMinutes", "meetingPoint", "studyTopic", "reading")));
        mvc.perform(json(put("/api/v1/patrols/branches/7/schedule"), Map.of("start", "14:00", "durationMinutes", 120,
                        "meetingPoint", "第七网格党群服务站", "studyTopic", "学习", "rrule", "FREQ=MONTHLY;BYWEEKNO=2"))
                        .with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rrule"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("BYWEEKNO")));
        mvc.perform(json(put("/api/v1/patrols/branches/7/schedule"), Map.of("start", "14:00", "durationMinutes", 120,
                        "meetingPoint", "第七网格党群服务站", "studyTopic", "学习", "rrule", "FREQ=MONTHLY;BYDAY=3TH"))
                        .with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rrule"));
    }

    @Test
    void the_pages_show_the_schedule_and_name_the_fields_of_a_bad_change() throws Exception {
        mvc.perform(get("/patrols/schedule").param("branch", "3").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第三网格党支部")))
                .andExpect(content().string(containsString("第三网格党群服务站")));
        mvc.perform(get("/patrols/branches/1").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("f-reason"))));
        mvc.perform(get("/patrols/branches/2").with(as("branch.secretary")))
                .andExpect(content().string(not(containsString("f-reason"))));
        mvc.perform(get("/patrols/branches/1").with(as("branch.secretary")))
                .andExpect(content().string(containsString("f-reason")));
        mvc.perform(post("/patrols/branches/1/exceptions").with(as("branch.secretary")).with(csrf())
                        .param("originalDate", "2029-06-07").param("kind", "MOVED").param("newDate", "2029-06-14")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写原因")))
                .andExpect(content().string(containsString("href=\"#f-reason\"")));
        mvc.perform(post("/patrols/branches/2/exceptions").with(as("branch.secretary")).with(csrf())
                        .param("originalDate", "2029-06-07").param("kind", "CANCELLED").param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/patrols/branches/1/schedule").with(as("resident")).with(csrf()).param("start", "15:00"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/patrols/schedule")).andExpect(redirectedUrl("/login"));
    }
}
