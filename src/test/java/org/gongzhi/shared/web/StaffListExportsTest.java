package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/**
 * The lists staff see in each module download as .xlsx: the numbers in the first column are exactly the rows the
 * tables hold for the list (counted here in SQL, Aoyuan only), each once; those who may not see the list get no
 * file; another community's staff get none of Aoyuan's rows; every download is in the audit log.
 */
class StaffListExportsTest extends IntegrationTest {

    /** The first column of every row under the header, which must be the one named. */
    private List<Long> numbers(String user, MockHttpServletRequestBuilder request, String header) throws Exception {
        byte[] xlsx = mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andExpect(content().contentType(ListExport.XLSX)).andReturn().getResponse().getContentAsByteArray();
        List<Long> ids = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains(header);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add((long) row.getCell(0).getNumericCellValue());
                }
            }
        }
        assertThat(new HashSet<>(ids)).as("each row once").hasSameSizeAs(ids);
        return ids;
    }

    private Set<Long> ids(String sql, Object... params) {
        return new HashSet<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }

    private long audited(String subject) {
        return jdbc.sql("select count(*) from audit_event where action = 'LIST_EXPORTED' and subject_type = ?")
                .param(subject).query(Long.class).single();
    }

    private void refused(String user, String url) throws Exception {
        mvc.perform(get(url).with(as(user))).andExpect(status().isForbidden());
    }

    @Test
    void votes_with_drafts_for_those_who_set_votes_up() throws Exception {
        long before = audited("vote");
        assertThat(numbers("rc.staff", get("/votes/export.xlsx"), "已投票数")).containsExactlyInAnyOrderElementsOf(
                ids("select id from vote where community_id = 1")).isNotEmpty();
        assertThat(numbers("rc.staff.laiting", get("/votes/export.xlsx"), "表决事项"))
                .doesNotContainAnyElementsOf(ids("select id from vote where community_id = 1"));
        refused("resident", "/votes/export.xlsx");
        assertThat(audited("vote")).isEqualTo(before + 2);
    }

    @Test
    void patrol_records_of_the_branches_recorded_over_the_days_asked() throws Exception {
        assertThat(numbers("rc.staff", get("/patrols/records.xlsx").param("from", "2000-01-01")
                .param("to", "2100-01-01"), "参加人数")).containsExactlyInAnyOrderElementsOf(
                        ids("select id from patrol_record where community_id = 1")).isNotEmpty();
        long branch = jdbc.sql("""
                select b.number from patrol_record r join register_branch b on b.id = r.grid_branch_id
                where r.community_id = 1 order by r.patrol_date desc, r.id limit 1""").query(Long.class).single();
        assertThat(numbers("rc.staff", get("/patrols/records.xlsx").param("branch", String.valueOf(branch))
                .param("from", "2000-01-01").param("to", "2100-01-01"), "学习内容"))
                .containsExactlyInAnyOrderElementsOf(ids("""
                        select r.id from patrol_record r join register_branch b on b.id = r.grid_branch_id
                        where r.community_id = 1 and b.number = ?""", branch));
        mvc.perform(get("/patrols/records.xlsx").param("from", "2026-12-01").param("to", "2026-01-01")
                .with(as("rc.staff"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/patrols/records").param("from", "2026-12-01").param("to", "2026-01-01")
                .with(as("rc.staff"))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("from")));
        refused("resident", "/patrols/records.xlsx");
    }

    @Test
    void a_team_s_members_and_service_for_its_leader_and_staff() throws Exception {
        long team = jdbc.sql("""
                select s.team_id from volunteer_service s join volunteer_team t on t.id = s.team_id
                where t.community_id = 1 group by s.team_id order by count(*) desc, s.team_id limit 1""")
                .query(Long.class).single();
        assertThat(numbers("rc.staff", get("/volunteers/teams/" + team + "/service.xlsx"), "服务分钟"))
                .containsExactlyInAnyOrderElementsOf(ids("select id from volunteer_service where team_id = ?", team))
                .isNotEmpty();
        assertThat(numbers("rc.staff", get("/volunteers/teams/" + team + "/members.xlsx"), "姓名"))
                .containsExactlyInAnyOrderElementsOf(ids(
                        "select id from volunteer_member where team_id = ? and status = 'MEMBER'", team));
        refused("pm.staff", "/volunteers/teams/" + team + "/members.xlsx");
        refused("pm.staff", "/volunteers/teams/" + team + "/service.xlsx");
        mvc.perform(get("/volunteers/teams/" + team + "/members.xlsx").with(as("rc.staff.laiting")))
                .andExpect(status().isNotFound());
        assertThat(audited("volunteer_service")).isPositive();
    }

    @Test
    void events_and_one_event_s_registrations() throws Exception {
        Set<Long> upcoming = ids("select id from activity_event where community_id = 1 and ends_at >= current_timestamp");
        assertThat(numbers("rc.staff", get("/events/export.xlsx"), "名额")).containsExactlyInAnyOrderElementsOf(upcoming);
        assertThat(numbers("rc.staff", get("/events/export.xlsx").param("past", "true"), "名额"))
                .containsExactlyInAnyOrderElementsOf(ids(
                        "select id from activity_event where community_id = 1 and ends_at < current_timestamp"))
                .isNotEmpty();
        long event = jdbc.sql("""
                select e.id from activity_event e join activity_registration r on r.event_id = e.id
                where e.community_id = 1 group by e.id order by count(*) desc, e.id limit 1""")
                .query(Long.class).single();
        assertThat(numbers("rc.staff", get("/events/" + event + "/registrations.xlsx"), "报名时间"))
                .containsExactlyInAnyOrderElementsOf(ids(
                        "select id from activity_registration where event_id = ?", event)).isNotEmpty();
        refused("resident", "/events/export.xlsx");
        refused("resident", "/events/" + event + "/registrations.xlsx");
        mvc.perform(get("/events/" + event + "/registrations.xlsx").with(as("rc.staff.laiting")))
                .andExpect(status().isNotFound());
        assertThat(audited("event_registration")).isPositive();
    }

    @Test
    void the_pet_census_of_a_building_or_all_for_staff_only() throws Exception {
        assertThat(numbers("rc.staff", get("/pets/census.xlsx"), "犬证号")).containsExactlyInAnyOrderElementsOf(
                ids("select id from pet where community_id = 1 and status = 'LIVING'")).isNotEmpty();
        long building = jdbc.sql("""
                select s.building_number from pet p join register_household h on h.id = p.household_id
                join register_stairwell s on s.id = h.stairwell_id where p.community_id = 1 and p.status = 'LIVING'
                order by p.id limit 1""").query(Long.class).single();
        assertThat(numbers("rc.staff", get("/pets/census.xlsx").param("building", String.valueOf(building)), "室号"))
                .containsExactlyInAnyOrderElementsOf(ids("""
                        select p.id from pet p join register_household h on h.id = p.household_id
                        join register_stairwell s on s.id = h.stairwell_id
                        where p.community_id = 1 and p.status = 'LIVING' and s.building_number = ?""", building));
        assertThat(numbers("rc.staff.laiting", get("/pets/census.xlsx"), "楼号"))
                .doesNotContainAnyElementsOf(ids("select id from pet where community_id = 1"));
        refused("resident", "/pets/census.xlsx");
    }

    @Test
    void every_notice_with_its_readers_for_staff() throws Exception {
        assertThat(numbers("rc.staff", get("/notices/export.xlsx"), "阅读人数")).containsExactlyInAnyOrderElementsOf(
                ids("select id from notice where community_id = 1")).isNotEmpty();
        refused("resident", "/notices/export.xlsx");
        assertThat(audited("notice")).isPositive();
    }
}
