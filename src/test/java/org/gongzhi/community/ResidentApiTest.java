package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.shared.audit.AuditTrail;

class ResidentApiTest extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    /** A resident who lives in the given grid and still lives there, found in the demo register. */
    private ResidentRecord someoneIn(int grid, int skip) {
        return jdbc.sql("""
                select r.id, r.phone, r.version from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id join stairwell s on s.id = u.stairwell_id join grid g on g.id = s.grid_id
                where g.community_id = 1 and g.number = ? and r.moved_out is null and r.phone is not null
                and r.id_card_cipher is not null
                order by r.id limit 1 offset ?""")
                .params(grid, skip).query(ResidentRecord.class).single();
    }

    record ResidentRecord(long id, String phone, int version) {
    }

    @Test
    void staff_find_residents_by_phone_tail_and_see_only_masked_numbers() throws Exception {
        ResidentRecord r = someoneIn(3, 0);
        mvc.perform(get("/api/v1/residents").param("q", r.phone().substring(7)).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + r.id() + ")]").exists())
                .andExpect(jsonPath("$.items[*].phoneMasked", everyItem(matchesPattern("\\d{3}\\*{4}\\d{4}"))))
                .andExpect(jsonPath("$.items[*].idCardMasked", everyItem(matchesPattern("\\d{6}\\*{8}[\\dX]{4}"))));
    }

    @Test
    void the_listing_is_paged() throws Exception {
        mvc.perform(get("/api/v1/residents").param("size", "10").param("page", "2").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(14_000)));
    }

    @Test
    void a_grid_branch_secretary_sees_only_the_residents_of_their_own_grids() throws Exception {
        mvc.perform(get("/api/v1/residents").param("size", "100").with(as("branch.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].gridNumber", everyItem(org.hamcrest.Matchers.isIn(java.util.List.of(1, 2)))));
        ResidentRecord elsewhere = someoneIn(9, 0);
        mvc.perform(get("/api/v1/residents/" + elsewhere.id()).with(as("branch.secretary")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/residents").param("grid", "9").with(as("branch.secretary")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void residents_property_staff_and_anonymous_callers_may_not_list_residents() throws Exception {
        mvc.perform(get("/api/v1/residents").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/residents").with(as("pm.staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/residents")).andExpect(status().isUnauthorized());
    }

    @Test
    void staff_register_a_resident_into_an_existing_household() throws Exception {
        String first17 = "31011719881108011";
        String id = first17 + IdCardNumber.checkDigit(first17);
        mvc.perform(post("/api/v1/residents").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"测试新生","gender":"M","birthDate":"1988-11-08","phone":"13900001111",
                                 "idCard":"%s","relation":"CHILD","residenceType":"FAMILY","movedIn":"2026-01-05",
                                 "stairwellCode":"AY-3-2","room":"402"}""".formatted(id)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stairwellCode").value("AY-3-2"))
                .andExpect(jsonPath("$.idCardMasked").value("310117********" + id.substring(14)));
        String stored = jdbc.sql("select id_card_cipher from resident where name = '测试新生'").query(String.class)
                .single();
        assertThat(stored).doesNotContain(id).doesNotContain("310117");
    }

    @Test
    void bad_input_is_refused_with_each_field_named() throws Exception {
        mvc.perform(post("/api/v1/residents").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"","gender":"M","birthDate":"1988-02-30","phone":"123",
                                 "idCard":"310117198802300121","relation":"CHILD","residenceType":"FAMILY",
                                 "stairwellCode":"AY-99-9","room":"402"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "name", "birthDate", "phone", "idCard")));
        mvc.perform(post("/api/v1/residents").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"某人","gender":"M","birthDate":"1988-02-03","relation":"CHILD",
                                 "residenceType":"FAMILY","stairwellCode":"AY-99-9","room":"402"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stairwellCode"));
    }

    @Test
    void a_correction_is_saved_and_audited_and_a_stale_one_is_refused() throws Exception {
        ResidentRecord r = someoneIn(4, 1);
        String body = """
                {"name":"改名测试","gender":"%s","birthDate":"%s","relation":"HOUSEHOLDER","residenceType":"OWNER"}""";
        var row = jdbc.sql("select gender, birth_date from resident where id = ?").param(r.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        mvc.perform(put("/api/v1/residents/" + r.id()).param("version", String.valueOf(r.version()))
                        .with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(row[0], row[1])))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("改名测试"));
        mvc.perform(put("/api/v1/residents/" + r.id()).param("version", String.valueOf(r.version()))
                        .with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(row[0], row[1])))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(audit.of("resident", r.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("RESIDENT_CORRECTED");
            assertThat(e.detail()).contains("改名测试");
        });
        assertThat(jdbc.sql("select phone from resident where id = ?").param(r.id()).query(String.class).single())
                .as("a blank phone keeps the number").isEqualTo(r.phone());
    }

    @Test
    void a_move_out_ends_the_residence_but_keeps_the_history() throws Exception {
        ResidentRecord r = someoneIn(5, 2);
        mvc.perform(post("/api/v1/residents/" + r.id() + "/move-out").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movedOut").isNotEmpty());
        mvc.perform(post("/api/v1/residents/" + r.id() + "/move-out").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("movedOut"));
        mvc.perform(get("/api/v1/residents/" + r.id()).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movedOut").isNotEmpty());
    }

    @Test
    void only_residents_committee_staff_may_reveal_an_id_card_and_each_reveal_is_audited() throws Exception {
        ResidentRecord r = someoneIn(1, 3);
        long before = audit.count("ID_CARD_REVEALED", "resident", r.id());
        mvc.perform(post("/api/v1/residents/" + r.id() + "/id-card/reveal").with(as("branch.secretary")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/residents/" + r.id() + "/id-card/reveal").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idCard").value(matchesPattern("310117\\d{11}[\\dX]")));
        assertThat(audit.count("ID_CARD_REVEALED", "resident", r.id())).isEqualTo(before + 1);
    }

    @Test
    void the_overview_reproduces_the_articles_figures() throws Exception {
        mvc.perform(get("/api/v1/community/overview").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stairwells").value(337))
                .andExpect(jsonPath("$.grids").value(15))
                .andExpect(jsonPath("$.gridBranches").value(8))
                .andExpect(jsonPath("$.residents").value(org.hamcrest.Matchers.greaterThan(14_000)));
        mvc.perform(get("/api/v1/community/overview")).andExpect(status().isUnauthorized());
    }
}
