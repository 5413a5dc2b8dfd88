package org.gongzhi.identity.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CasePermissions;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Residents join and prove where they live: a household code verifies them once, otherwise staff decide; no answer
 * tells whether someone lives at an address, codes are throttled, and nothing a joining person sends gives a role.
 */
class ResidentsJoinVerifiedTest extends IntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger(3000);

    @Autowired
    UserDetailsService details;
    @Autowired
    ProposalPermissions proposals;
    @Autowired
    CasePermissions cases;
    @Autowired
    Joining joining;

    @BeforeEach
    void forgetWrongCodes() {
        jdbc.sql("delete from account_code_attempt").update();
    }

    /** A current resident nobody has an account for, alone with their name in the household, with ID digits on file. */
    private Resident resident() {
        return jdbc.sql("""
                select r.id, r.name, s.building_number, s.unit_number, u.room, c.id_card_tail, r.household_id
                from register_resident r join register_resident_check c on c.id = r.id
                join register_unit u on u.id = r.unit_id join register_stairwell s on s.id = r.stairwell_id
                where r.moved_out is null and c.id_card_tail is not null
                  and not exists (select 1 from account a where a.resident_id = r.id)
                  and not exists (select 1 from account_join j where j.matched_resident_id = r.id)
                  and (select count(*) from register_resident o where o.household_id = r.household_id
                       and o.name = r.name and o.moved_out is null) = 1
                order by r.id limit 1 offset ?""")
                .param(NEXT.addAndGet(17))
                .query((rs, n) -> new Resident(rs.getLong("id"), rs.getString("name"), rs.getInt("building_number"),
                        rs.getInt("unit_number"), rs.getString("room"), rs.getString("id_card_tail"),
                        rs.getLong("household_id")))
                .single();
    }

    private String code(Resident r) throws Exception {
        String json = mvc.perform(post("/api/v1/household-codes").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"building\":%d,\"unit\":%d,\"room\":\"%s\"}".formatted(r.building(), r.unit(), r.room())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.code");
    }

    private String body(Resident r, String name, String username, String method, String extra) {
        return """
                {"name":"%s","phone":"139%08d","building":%d,"unit":%d,"room":"%s","username":"%s",
                 "password":"join-pass-123","method":"%s"%s}"""
                .formatted(name, Math.abs(username.hashCode()) % 100_000_000, r.building(), r.unit(), r.room(),
                        username, method, extra);
    }

    private org.springframework.test.web.servlet.ResultActions join(String body) throws Exception {
        return mvc.perform(post("/api/v1/join").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Actor actor(String username) {
        return ((Actor.ActsAs) details.loadUserByUsername(username)).actor();
    }

    @Test
    void a_household_code_verifies_and_links_the_resident_it_names_once() throws Exception {
        Resident r = resident();
        String code = code(r);
        join(body(r, r.name(), "code.one." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"" + code + "\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERIFIED"));
        Actor joined = actor("code.one." + r.id());
        assertThat(joined.residentId()).isEqualTo(r.id());
        assertThat(joined.has(Role.RESIDENT)).isTrue();
        assertThat(proposals.mayParticipate(joined)).isTrue();
        assertThat(jdbc.sql("select method from account_verification where account_id = ?").param(joined.accountId())
                .query(String.class).single()).isEqualTo("HOUSEHOLD_CODE");

        join(body(r, r.name(), "code.two." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"" + code.toLowerCase() + "\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        assertThat(jdbc.sql("select count(*) from account where username = ?").param("code.two." + r.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_wrong_name_and_a_made_up_code_get_the_same_answer_and_an_expired_code_says_so() throws Exception {
        Resident r = resident();
        String code = code(r);
        String wrongName = join(body(r, "不是此人", "wrong.name." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"" + code + "\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"))
                .andReturn().getResponse().getContentAsString();
        String madeUp = join(body(r, r.name(), "made.up." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"ZZZZ2222\""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(wrongName, "$.errors")).isEqualTo(JsonPath.read(madeUp, "$.errors"));

        jdbc.sql("update household_code set expires_at = expires_at - interval '60' day where household_id = ?")
                .param(r.householdId()).update();
        String expired = join(body(r, r.name(), "expired." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"" + code + "\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(expired, "$.errors")).isNotEqualTo(JsonPath.read(madeUp, "$.errors"));
    }

    @Test
    void guessing_codes_is_throttled_even_when_the_right_code_comes_next() throws Exception {
        Resident r = resident();
        String code = code(r);
        for (int i = 0; i < 5; i++) {
            join(body(r, r.name(), "guess." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"GUESS%04d\"".formatted(i)))
                    .andExpect(status().isBadRequest());
        }
        join(body(r, r.name(), "guess." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"" + code + "\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("membership.refused.throttled"));
        assertThat(jdbc.sql("select count(*) from account where username = ?").param("guess." + r.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_sign_up_waiting_for_staff_answers_alike_whether_or_not_the_person_lives_there() throws Exception {
        Resident r = resident();
        String real = join(body(r, r.name(), "alike.real." + r.id(), "IN_PERSON", ""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String stranger = join(body(r, "路人甲", "alike.fake." + r.id(), "IN_PERSON", ""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(Map.copyOf(JsonPath.read(real, "$"))).containsOnlyKeys("accountId", "username", "status")
                .containsEntry("status", "PENDING");
        assertThat(Map.copyOf(JsonPath.read(stranger, "$"))).containsOnlyKeys("accountId", "username", "status")
                .containsEntry("status", "PENDING");
    }

    @Test
    void an_unverified_account_reads_but_may_not_support_or_report_until_staff_approve_its_id_digits()
            throws Exception {
        Resident r = resident();
        String username = "digits." + r.id();
        join(body(r, r.name(), username, "ID_DIGITS", ",\"idTail\":\"" + r.idTail() + "\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"));
        Actor waiting = actor(username);
        assertThat(waiting.residentId()).isNull();
        assertThat(proposals.mayRead(waiting)).isTrue();
        assertThat(proposals.mayParticipate(waiting)).isFalse();
        assertThat(cases.mayReport(waiting)).isFalse();

        long joinId = jdbc.sql("select j.id from account_join j join account a on a.id = j.account_id where a.username = ?")
                .param(username).query(Long.class).single();
        mvc.perform(get("/api/v1/account-joins?size=100").with(as("rc.staff")).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == %d)].idTailMatches".formatted(joinId)).value(true));
        mvc.perform(post("/api/v1/account-joins/{id}/approve", joinId).with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"ID_DIGITS_APPROVED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/account-joins/{id}/approve", joinId).with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"ID_DIGITS_APPROVED\"}"))
                .andExpect(status().isNoContent());
        Actor verified = actor(username);
        assertThat(verified.residentId()).isEqualTo(r.id());
        assertThat(proposals.mayParticipate(verified)).isTrue();
        assertThat(cases.mayReport(verified)).isTrue();
        mvc.perform(post("/api/v1/account-joins/{id}/approve", joinId).with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"IN_PERSON\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void wrong_id_digits_cannot_be_approved_as_digits_but_staff_can_check_in_person() throws Exception {
        Resident r = resident();
        String username = "wrongdigits." + r.id();
        String wrong = r.idTail().equals("0000") ? "1111" : "0000";
        join(body(r, r.name(), username, "ID_DIGITS", ",\"idTail\":\"" + wrong + "\"")).andExpect(status().isCreated());
        long joinId = jdbc.sql("select j.id from account_join j join account a on a.id = j.account_id where a.username = ?")
                .param(username).query(Long.class).single();
        mvc.perform(post("/api/v1/account-joins/{id}/approve", joinId).with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"ID_DIGITS_APPROVED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/account-joins/{id}/approve", joinId).with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"IN_PERSON\"}"))
                .andExpect(status().isNoContent());
        Actor verified = actor(username);
        assertThat(verified.residentId()).isEqualTo(r.id());
        long staffId = actor("rc.staff").accountId();
        assertThat(jdbc.sql("select verified_by from account_verification where account_id = ?")
                .param(verified.accountId()).query(Long.class).single()).isEqualTo(staffId);

        long verification = jdbc.sql("select id from account_verification where account_id = ?")
                .param(verified.accountId()).query(Long.class).single();
        mvc.perform(post("/api/v1/accounts/{id}/verifications/{v}/withdraw", verified.accountId(), verification)
                        .with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/accounts/{id}/verifications/{v}/withdraw", verified.accountId(), verification)
                        .with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"搬走了\"}"))
                .andExpect(status().isOk());
        Actor withdrawn = actor(username);
        assertThat(withdrawn.residentId()).isNull();
        assertThat(withdrawn.has(Role.RESIDENT)).isFalse();
    }

    @Test
    void nothing_a_joining_person_sends_gives_a_role_a_scope_or_another_household() throws Exception {
        Resident r = resident();
        Resident other = resident();
        String username = "sneaky." + r.id();
        // sent past the API document (which refuses unknown fields) to show the server ignores them too
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/join"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(r, r.name(), username, "IN_PERSON", """
                        ,"roles":["ADMIN"],"role":"RC_STAFF","grants":[{"role":"ADMIN","scopeType":"COMMUNITY"}],
                        "scopeType":"GRID","scopeId":1,"residentId":%d,"householdId":%d,"communityId":2,
                        "status":"VERIFIED"
                        """.formatted(other.id(), other.householdId())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"status\":\"PENDING\"");
        Actor joined = actor(username);
        assertThat(joined.grants()).isEmpty();
        assertThat(joined.residentId()).isNull();
        assertThat(joined.communityId()).isEqualTo(1L);
    }

    @Test
    void bad_input_names_each_field_without_telling_anything_about_the_register() throws Exception {
        Resident r = resident();
        join("""
                {"name":" ","phone":"12345","building":%d,"unit":%d,"room":"abc","password":"short",
                 "method":"ID_DIGITS","idTail":"12"}""".formatted(r.building(), r.unit()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "phone", "address", "idTail", "password")));
    }

    @Test
    void one_code_opens_one_account_for_a_resident_however_many_try_at_once() throws Exception {
        Resident r = resident();
        String code = code(r);
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String username = "race" + i + "." + r.id();
            tries.add(() -> {
                try {
                    joining.join(new JoinInput(r.name(), "13900000000", new HomeAddress(r.building(), r.unit(),
                            r.room()), username, "race-pass-123", JoinMethod.HOUSEHOLD_CODE, code, null), "race");
                    return true;
                } catch (InvalidInput | org.springframework.dao.DataIntegrityViolationException e) {
                    return false;
                }
            });
        }
        List<Boolean> results = Concurrently.steps(6, tries);
        assertThat(results).containsOnlyOnce(true);
        assertThat(jdbc.sql("select count(*) from account where resident_id = ?").param(r.id()).query(Long.class)
                .single()).isEqualTo(1);
        assertThatThrownBy(() -> joining.join(new JoinInput(r.name(), "13900000000", new HomeAddress(r.building(),
                r.unit(), r.room()), "late." + r.id(), "late-pass-123", JoinMethod.HOUSEHOLD_CODE, code, null), "late"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_demo_has_a_representative_per_grid_verified_residents_waiting_sign_ups_and_a_household_code()
            throws Exception {
        long grids = jdbc.sql("select count(*) from register_grid where community_id = 1").query(Long.class).single();
        assertThat(jdbc.sql("select count(distinct scope_id) from account_role where role = 'RESIDENT_REPRESENTATIVE'")
                .query(Long.class).single()).isEqualTo(grids);
        assertThat(actor("rep.grid1").has(Role.RESIDENT_REPRESENTATIVE)).isTrue();
        assertThat(jdbc.sql("select count(*) from account_verification where withdrawn_at is null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(grids * 20);
        assertThat(jdbc.sql("select count(*) from account_join j join account a on a.id = j.account_id "
                + "where a.username like 'join.demo%' and j.status = 'PENDING'").query(Long.class).single()).isEqualTo(3);
        Resident r = jdbc.sql("""
                select r.id, r.name, s.building_number, s.unit_number, u.room, '0000' as id_card_tail, r.household_id
                from household_code h join register_resident r on r.household_id = h.household_id
                join register_unit u on u.id = r.unit_id join register_stairwell s on s.id = r.stairwell_id
                where h.issued_by = (select id from account where username = 'rc.staff') and r.moved_out is null
                  and not exists (select 1 from account a where a.resident_id = r.id)
                order by h.id, r.id limit 1""")
                .query((rs, n) -> new Resident(rs.getLong("id"), rs.getString("name"), rs.getInt("building_number"),
                        rs.getInt("unit_number"), rs.getString("room"), rs.getString("id_card_tail"),
                        rs.getLong("household_id")))
                .single();
        join(body(r, r.name(), "demo.code." + r.id(), "HOUSEHOLD_CODE", ",\"code\":\"aoyuan 26\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERIFIED"));
    }

    @Test
    void staff_raise_a_resident_to_owner_only_when_the_register_names_them_owner() throws Exception {
        long owner = actor("resident").accountId();
        mvc.perform(post("/api/v1/accounts/{id}/owner-verification", owner).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verifications[?(@.level == 'UNIT_OWNER')]").isNotEmpty());
        mvc.perform(post("/api/v1/accounts/{id}/owner-verification", owner).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("membership.refused.alreadyOwner"));

        Resident tenant = jdbc.sql("""
                select r.id, r.name, s.building_number, s.unit_number, u.room, '0000' as id_card_tail, r.household_id
                from register_resident r join register_unit u on u.id = r.unit_id
                join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = 1 and r.moved_out is null
                  and not exists (select 1 from register_owner o where o.resident_id = r.id)
                  and not exists (select 1 from account a where a.resident_id = r.id)
                  and (select count(*) from register_resident o where o.household_id = r.household_id
                       and o.name = r.name and o.moved_out is null) = 1
                order by r.id desc limit 1 offset 10""")
                .query((rs, n) -> new Resident(rs.getLong("id"), rs.getString("name"), rs.getInt("building_number"),
                        rs.getInt("unit_number"), rs.getString("room"), rs.getString("id_card_tail"),
                        rs.getLong("household_id")))
                .single();
        join(body(tenant, tenant.name(), "tenant." + tenant.id(), "HOUSEHOLD_CODE", ",\"code\":\"" + code(tenant) + "\""))
                .andExpect(status().isCreated());
        long account = actor("tenant." + tenant.id()).accountId();
        mvc.perform(post("/api/v1/accounts/{id}/owner-verification", account).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("membership.refused.notOwner"));
        assertThat(actor("tenant." + tenant.id()).has(Role.OWNER)).isFalse();
    }

    record Resident(long id, String name, int building, int unit, String room, String idTail, long householdId) {
    }
}
