package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * 代办 (issue 8, item 4): a verified volunteer reports a problem for an elderly resident without a phone, with the
 * resident's consent; it is the resident's report, shows who did it for them, and is in their own list when they
 * sign in. Unverified volunteers and plain residents may not; a name not living at the address says nothing more.
 */
public class ReportOnBehalfTest extends IntegrationTest {

    @Autowired
    private Accounts accounts;

    /** An elderly resident of the grid with no account, whose name is the only one of its kind at home. */
    public static Map<String, Object> elder(JdbcClient jdbc, int grid, int skip) {
        return jdbc.sql("""
                select r.id, r.name, s.building_number, s.unit_number, u.room from register_resident r
                join register_stairwell s on s.id = r.stairwell_id join register_unit u on u.id = r.unit_id
                join register_household h on h.id = r.household_id and h.dissolved_on is null
                where r.community_id = 1 and s.grid_number = ? and r.moved_out is null
                  and r.birth_date < date '1950-01-01'
                  and not exists (select 1 from account a where a.resident_id = r.id)
                  and (select count(*) from register_resident o where o.household_id = r.household_id
                       and o.name = r.name and o.moved_out is null) = 1
                order by r.id limit 1 offset ?""").params(grid, skip).query().singleRow();
    }

    /** A volunteer of the test's own: a resident account with the VOLUNTEER role, verified unless asked not to. */
    public static String volunteer(IntegrationTest test, JdbcClient jdbc, String username, boolean verified) {
        jdbc.sql("""
                insert into account_role (community_id, account_id, role, scope_type)
                select community_id, id, 'VOLUNTEER', 'COMMUNITY'
                from account a where username = ?
                  and not exists (select 1 from account_role x where x.account_id = a.id and x.role = 'VOLUNTEER')""")
                .param(username).update();
        if (verified) {
            jdbc.sql("""
                    insert into account_verification (community_id, account_id, resident_id, level, method, verified_at)
                    select community_id, id, resident_id, 'HOUSEHOLD_RESIDENT', 'IN_PERSON', current_timestamp
                    from account a where username = ?
                      and not exists (select 1 from account_verification v where v.account_id = a.id)""")
                    .param(username).update();
        }
        return username;
    }

    private ResultActions send(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/on-behalf").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(Map<String, Object> elder, String name, String consent, String description) {
        return """
                {"residentName":"%s","building":"%s","unit":"%s","room":"%s","consent":%s,
                 "consentNote":"本人当面口述，女儿在场","category":"BROKEN_LIGHT","description":"%s"}"""
                .formatted(name, elder.get("building_number"), elder.get("unit_number"), elder.get("room"),
                        consent == null ? "null" : "\"" + consent + "\"", description);
    }

    @Test
    void a_verified_volunteer_reports_for_an_elder_who_then_finds_it_in_their_own_list() throws Exception {
        String volunteer = volunteer(this, jdbc, ownResidentAccount("vol.onbehalf.g9", 9), true);
        String unverified = volunteer(this, jdbc, ownResidentAccount("vol.unverified.g9", 9), false);
        String resident = ownResidentAccount("res.onbehalf.g9", 9);
        Map<String, Object> elder = elder(jdbc, 9, 0);
        String name = (String) elder.get("name");
        String what = "楼道灯坏了 " + UUID.randomUUID().toString().substring(0, 6);

        send(unverified, body(elder, name, "IN_PERSON", what)).andExpect(status().isForbidden());
        send(resident, body(elder, name, "IN_PERSON", what)).andExpect(status().isForbidden());
        send(volunteer, body(elder, name, null, what)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        send(volunteer, body(elder, name + "某", "IN_PERSON", what)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentName"))
                .andExpect(jsonPath("$.errors[0].message").value("该地址没有与此姓名相符的在册居民，请核对姓名和地址"));
        String json = send(volunteer, body(elder, name, "BY_PHONE", what)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.onBehalfBy").value(volunteer))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();

        Map<String, Object> row = jdbc.sql("""
                select reporter_resident_id, on_behalf_by_account, on_behalf_by_name, consent_method, consent_note
                from work_order where id = ?""").param(id).query().singleRow();
        assertThat(((Number) row.get("reporter_resident_id")).longValue())
                .isEqualTo(((Number) elder.get("id")).longValue());
        assertThat(row.get("on_behalf_by_name")).isEqualTo(volunteer);
        assertThat(row.get("consent_method")).isEqualTo("BY_PHONE");
        assertThat(row.get("consent_note")).isEqualTo("本人当面口述，女儿在场");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CASE_REPORTED_ON_BEHALF' and subject_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);

        // the resident signs up later: the report is theirs, done for them by the volunteer
        String elderAccount = "elder.onbehalf." + elder.get("id");
        if (jdbc.sql("select count(*) from account where username = ?").param(elderAccount).query(Long.class)
                .single() == 0) {
            accounts.open(new NewAccount(elderAccount, DEMO_PASSWORD, name, 1L, ((Number) elder.get("id")).longValue(),
                    Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        mvc.perform(get("/api/v1/cases/" + id).with(as(elderAccount))).andExpect(status().isOk())
                .andExpect(jsonPath("$.onBehalfBy").value(volunteer))
                .andExpect(jsonPath("$.reportedByViewer").value(true));
        String mine = mvc.perform(get("/my/cases").with(as(elderAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("由 " + volunteer + " 代办");
        String page = mvc.perform(get("/cases/" + id).with(as(elderAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"case-on-behalf\"", "由 " + volunteer + " 代办");
    }

    @Test
    void a_request_cannot_give_the_helper_another_reporter_or_skip_the_consent_note() throws Exception {
        String volunteer = volunteer(this, jdbc, ownResidentAccount("vol.onbehalf2.g9", 9), true);
        Map<String, Object> elder = elder(jdbc, 9, 1);
        String body = body(elder, (String) elder.get("name"), "WRITTEN", "扶手松动")
                .replace("\"consentNote\":\"本人当面口述，女儿在场\"", "\"consentNote\":\"  \"")
                .replace("{", "{\"reporterResidentId\":1,\"onBehalfBy\":\"居委会\",");
        send(volunteer, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consentNote"));
        assertThat(jdbc.sql("select count(*) from work_order where description = '扶手松动' and reporter_resident_id = 1")
                .query(Long.class).single()).isZero();
    }
}
