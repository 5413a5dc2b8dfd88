package org.gongzhi.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.ReportOnBehalfTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * 代办提议 (issue 8, item 4): staff and verified volunteers raise a proposal for a resident without a phone, with
 * the resident's consent; the resident is its author, it is submitted at once, shows "由 X 代办", and is in the
 * resident's own list when they sign in. Residents and unverified volunteers may not; a wrong name says no more.
 */
class RaiseProposalOnBehalfTest extends IntegrationTest {

    @Autowired
    private Accounts accounts;

    private ResultActions send(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/proposals/on-behalf").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(Map<String, Object> elder, String name, String consent, String title, String place) {
        return """
                {"residentName":"%s","building":"%s","unit":"%s","room":"%s","consent":%s,
                 "consentNote":"本人当面口述，儿子在场","title":"%s","description":"楼下缺一把休息的长椅，老人走累了没处坐。",
                 "category":"FACILITIES","place":%s}"""
                .formatted(name, elder.get("building_number"), elder.get("unit_number"), elder.get("room"),
                        consent == null ? "null" : "\"" + consent + "\"", title,
                        place == null ? "null" : "\"" + place + "\"");
    }

    @Test
    void a_verified_volunteer_raises_a_proposal_for_an_elder_who_then_finds_it_as_their_own() throws Exception {
        String volunteer = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.proposal.g11", 11), true);
        String unverified = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.proposal.unv.g11", 11),
                false);
        String resident = ownResidentAccount("res.proposal.g11", 11);
        Map<String, Object> elder = ReportOnBehalfTest.elder(jdbc, 11, 0);
        String name = (String) elder.get("name");
        String title = "长椅 " + UUID.randomUUID().toString().substring(0, 6);

        send(unverified, body(elder, name, "IN_PERSON", title, null)).andExpect(status().isForbidden());
        send(resident, body(elder, name, "IN_PERSON", title, null)).andExpect(status().isForbidden());
        send(volunteer, body(elder, name, null, title, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        send(volunteer, body(elder, name + "某", "IN_PERSON", title, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentName"))
                .andExpect(jsonPath("$.errors[0].message").value("该地址没有与此姓名相符的在册居民，请核对姓名和地址"));
        send(volunteer, body(elder, name, "IN_PERSON", "", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        assertThat(jdbc.sql("select count(*) from proposal where title = ?").param(title).query(Long.class).single())
                .isZero();

        String json = send(volunteer, body(elder, name, "BY_PHONE", title, null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.onBehalfBy").value(volunteer))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        long elderId = ((Number) elder.get("id")).longValue();
        Map<String, Object> row = jdbc.sql("""
                select author_resident_id, state, place_kind, place_code, on_behalf_by_name, consent_method,
                    consent_note from proposal where id = ?""").param(id).query().singleRow();
        assertThat(((Number) row.get("author_resident_id")).longValue()).isEqualTo(elderId);
        assertThat(row.get("state")).isEqualTo("SUBMITTED");
        assertThat(row.get("place_kind")).isEqualTo("STAIRWELL");
        assertThat(row.get("place_code")).isEqualTo(jdbc.sql("select s.code from register_resident r"
                + " join register_stairwell s on s.id = r.stairwell_id where r.id = ?").param(elderId)
                .query(String.class).single());
        assertThat(row.get("on_behalf_by_name")).isEqualTo(volunteer);
        assertThat(row.get("consent_method")).isEqualTo("BY_PHONE");
        assertThat(row.get("consent_note")).isEqualTo("本人当面口述，儿子在场");
        assertThat(jdbc.sql("select actor_account_id from proposal_event where proposal_id = ? order by id limit 1")
                .param(id).query(Long.class).single())
                .isEqualTo(jdbc.sql("select id from account where username = ?").param(volunteer).query(Long.class)
                        .single());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROPOSAL_RAISED_ON_BEHALF'"
                + " and subject_id = ?").param(id).query(Long.class).single()).isEqualTo(1);

        // the resident signs up later: the proposal is theirs, raised for them by the volunteer
        String elderAccount = "elder.proposal." + elderId;
        if (!accounts.exists(elderAccount)) {
            accounts.open(new NewAccount(elderAccount, DEMO_PASSWORD, name, 1L, elderId,
                    Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        mvc.perform(get("/api/v1/proposals/" + id).with(as(elderAccount))).andExpect(status().isOk())
                .andExpect(jsonPath("$.onBehalfBy").value(volunteer))
                .andExpect(jsonPath("$.authorName").value(name))
                .andExpect(jsonPath("$.raisedByViewer").value(true));
        String mine = mvc.perform(get("/my/proposals").with(as(elderAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(title);
        String page = mvc.perform(get("/proposals/" + id).with(as(elderAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"on-behalf-by\"", "由 " + volunteer + " 代办");
    }

    @Test
    void staff_raise_one_on_the_page_for_a_named_place_and_a_bad_place_keeps_the_form() throws Exception {
        Map<String, Object> elder = ReportOnBehalfTest.elder(jdbc, 11, 1);
        String name = (String) elder.get("name");
        String title = "花园 " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/proposals/raise-for").with(as("resident"))).andExpect(status().isForbidden());
        String form = mvc.perform(get("/proposals/raise-for").with(as("rc.staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"f-residentName\"", "id=\"f-consent\"", "id=\"f-title\"", "id=\"f-place\"");

        String refused = mvc.perform(post("/proposals/raise-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", name).param("building", "" + elder.get("building_number"))
                        .param("unit", "" + elder.get("unit_number")).param("room", (String) elder.get("room"))
                        .param("consent", "WRITTEN").param("consentNote", "书面同意书已存档").param("title", title)
                        .param("description", "中心花园的步道坑洼，请修整。").param("category", "GREENERY")
                        .param("place", "LANDMARK:NOWHERE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-field=\"place\"", "value=\"" + title + "\"", "书面同意书已存档");

        String location = mvc.perform(post("/proposals/raise-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", name).param("building", "" + elder.get("building_number"))
                        .param("unit", "" + elder.get("unit_number")).param("room", (String) elder.get("room"))
                        .param("consent", "WRITTEN").param("consentNote", "书面同意书已存档").param("title", title)
                        .param("description", "中心花园的步道坑洼，请修整。").param("category", "GREENERY")
                        .param("place", "LANDMARK:CENTRAL_GARDEN"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "proposal.onBehalf.done"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Map<String, Object> row = jdbc.sql("""
                select author_resident_id, place_kind, place_code, on_behalf_by_name from proposal where id = ?""")
                .param(id).query().singleRow();
        assertThat(((Number) row.get("author_resident_id")).longValue())
                .isEqualTo(((Number) elder.get("id")).longValue());
        assertThat(row.get("place_kind") + ":" + row.get("place_code")).isEqualTo("LANDMARK:CENTRAL_GARDEN");
        assertThat(row.get("on_behalf_by_name")).isEqualTo(jdbc.sql(
                "select display_name from account where username = 'rc.staff'").query(String.class).single());
    }
}
