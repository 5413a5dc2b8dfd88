package org.gongzhi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A resident downloads everything kept about them (register, ballots, reports, registrations, service), audited as
 * an export; asks for a correction; staff accept one and decline another; the resident sees both outcomes.
 */
class ResidentDownloadsOwnDataTest extends IntegrationTest {

    private static final String PROBE = "privacy.probe";

    @Autowired
    Accounts accounts;

    long resident;

    @BeforeEach
    void aResidentWithAnAccount() {
        // a resident of the demo who cast a ballot and reported a problem, and has no account yet
        resident = jdbc.sql("""
                select r.id from resident r
                where r.community_id = 1 and r.moved_out is null and r.phone is not null and r.id_card_cipher is not null
                  and exists (select 1 from ballot b where b.cast_by_resident_id = r.id)
                  and exists (select 1 from work_order w where w.reporter_resident_id = r.id)
                  and not exists (select 1 from account a where a.resident_id = r.id)
                order by r.id desc limit 1""").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        select r.id from resident r where r.community_id = 1 and r.moved_out is null
                          and r.phone is not null
                          and not exists (select 1 from account a where a.resident_id = r.id)
                        order by r.id desc limit 1""").query(Long.class).single());
        if (!accounts.exists(PROBE)) {
            accounts.open(new NewAccount(PROBE, "privacy-probe-1", "隐私测试", 1L, resident,
                    Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        resident = jdbc.sql("select resident_id from account where username = ?").param(PROBE).query(Long.class).single();
    }

    @Test
    void the_copy_holds_every_module_s_part_with_numbers_masked_and_is_audited_as_an_export() throws Exception {
        Map<String, Object> person = jdbc.sql("select name, phone from resident where id = ?").param(resident)
                .query().singleRow();
        long exportsBefore = exports();
        String json = mvc.perform(get("/api/v1/me/data").with(as(PROBE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[?(@.key == 'account')].records[0].username").value(PROBE))
                .andExpect(jsonPath("$.sections[?(@.key == 'register')].records[0].name").value(person.get("name")))
                .andExpect(jsonPath("$.sections[?(@.key == 'register')].records[0].id_card_masked")
                        .value(Matchers.hasItem(Matchers.matchesPattern("\\d{6}\\*{8}\\d{3}[\\dX]"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain((String) person.get("phone")).doesNotContain("password");
        long ballots = jdbc.sql("select count(*) from ballot where cast_by_resident_id = ?").param(resident)
                .query(Long.class).single();
        long reports = jdbc.sql("select count(*) from work_order where reporter_resident_id = ?").param(resident)
                .query(Long.class).single();
        if (ballots > 0) {
            mvc.perform(get("/api/v1/me/data").with(as(PROBE)))
                    .andExpect(jsonPath("$.sections[?(@.key == 'ballots')].records.length()").value((int) ballots));
        }
        if (reports > 0) {
            mvc.perform(get("/api/v1/me/data").with(as(PROBE)))
                    .andExpect(jsonPath("$.sections[?(@.key == 'cases')].records.length()").value((int) reports));
        }
        mvc.perform(get("/account/data/download").with(as(PROBE)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment; filename=\"gongzhi-my-data-")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("/account/data").with(as(PROBE)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("居民登记")))
                .andExpect(content().string(Matchers.containsString((String) person.get("name"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString((String) person.get("phone")))));
        int extra = (ballots > 0 ? 1 : 0) + (reports > 0 ? 1 : 0);
        assertThat(exports()).isEqualTo(exportsBefore + 3 + extra);
        mvc.perform(get("/api/v1/admin/audit").param("kind", "EXPORT").param("subjectType", "resident")
                .param("subjectId", "" + resident).with(as("admin")))
                .andExpect(jsonPath("$.items[0].action").value("PERSONAL_DATA_EXPORTED"))
                .andExpect(jsonPath("$.items[0].actor").value(PROBE));
    }

    @Test
    void staff_without_a_home_here_get_their_account_only() throws Exception {
        mvc.perform(get("/api/v1/me/data").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[*].key").value(Matchers.contains("account")));
        mvc.perform(get("/api/v1/me/data")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_correction_asked_for_is_accepted_or_declined_by_staff_and_the_resident_sees_the_outcome() throws Exception {
        String relationBefore = jdbc.sql("select relation from resident where id = ?").param(resident)
                .query(String.class).single();
        String wanted = relationBefore.equals("OTHER") ? "SIBLING" : "OTHER";
        mvc.perform(post("/api/v1/me/corrections").with(as(PROBE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"RELATION\",\"value\":\"" + wanted + "\",\"reason\":\"户口本上登记的是这样\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/account/corrections").with(as(PROBE)).with(csrf())
                .param("field", "PHONE").param("value", "13912345678").param("reason", "换了号码"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account/corrections"));
        mvc.perform(post("/account/corrections").with(as(PROBE)).with(csrf())
                .param("field", "PHONE").param("value", "12345").param("reason", "换了号码"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("手机号码格式不正确")));
        assertThat(jdbc.sql("select count(*) from correction_request where requested_value_cipher like '%13912345678%'")
                .query(Long.class).single()).as("kept encrypted").isZero();

        long relationRequest = request("RELATION");
        long phoneRequest = request("PHONE");
        mvc.perform(get("/api/v1/residents/corrections").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + phoneRequest + ")].requestedValue").value("139****5678"));
        mvc.perform(get("/residents/corrections").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("户口本上登记的是这样")));
        // a resident and a branch secretary may not resolve; another community's staff would not find it
        mvc.perform(post("/api/v1/residents/corrections/" + relationRequest + "/accept").with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/residents/corrections").with(as("branch.secretary"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/residents/corrections/99999999/accept").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/residents/corrections/" + relationRequest + "/accept").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select relation from resident where id = ?").param(resident).query(String.class).single())
                .isEqualTo(wanted);
        mvc.perform(post("/residents/corrections/" + phoneRequest + "/decline").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("不更正时请写明理由")));
        mvc.perform(post("/residents/corrections/" + phoneRequest + "/decline").with(as("rc.staff")).with(csrf())
                .param("reason", "请本人带身份证到居委会核对"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/residents/corrections/" + phoneRequest + "/accept").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/v1/me/corrections").with(as(PROBE)))
                .andExpect(jsonPath("$[?(@.id == " + relationRequest + ")].status").value("ACCEPTED"))
                .andExpect(jsonPath("$[?(@.id == " + phoneRequest + ")].status").value("DECLINED"))
                .andExpect(jsonPath("$[?(@.id == " + phoneRequest + ")].decisionReason").value("请本人带身份证到居委会核对"));
        mvc.perform(get("/account/corrections").with(as(PROBE)))
                .andExpect(content().string(Matchers.containsString("请本人带身份证到居委会核对")))
                .andExpect(content().string(Matchers.containsString("已更正")));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where subject_type = 'resident' and subject_id = ?
                and action in ('CORRECTION_REQUESTED', 'CORRECTION_ACCEPTED', 'CORRECTION_DECLINED', 'RESIDENT_CORRECTED')""")
                .param(resident).query(Long.class).single()).isGreaterThanOrEqualTo(5);
        jdbc.sql("update resident set relation = ? where id = ?").params(relationBefore, resident).update();
    }

    private long request(String field) {
        return jdbc.sql("select max(id) from correction_request where resident_id = ? and field = ?")
                .params(resident, field).query(Long.class).single();
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_event where action = 'PERSONAL_DATA_EXPORTED'")
                .query(Long.class).single();
    }
}
