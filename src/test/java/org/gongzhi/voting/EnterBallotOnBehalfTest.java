package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.voting.VoteFixtures.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.Ballots;

/**
 * 代办录入选票 (issue 8, item 4): those who run a vote and may help enter a paper or door-to-door ballot for a resident
 * who asked them, with the resident's consent. The ballot is the resident's elector's and cast by the resident (their
 * own vote page shows it, "由 X 代办"); it counts once like any paper ballot; it is never a proxy ballot; residents and
 * volunteers who do not run the vote may not, and another community's vote is not found.
 */
class EnterBallotOnBehalfTest extends IntegrationTest {

    @Autowired
    Voting voting;
    @Autowired
    Ballots ballots;
    @Autowired
    Accounts accounts;

    private ResultActions send(long vote, String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/votes/" + vote + "/ballots/on-behalf").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(Map<String, Object> elder, String consent, String channel) {
        return """
                {"residentName":"%s","building":"%s","unit":"%s","room":"%s","consent":%s,
                 "consentNote":"本人口述意见，儿子在场","channel":"%s","answer":"AGREE","evidence":"表决票 第12号"}"""
                .formatted(elder.get("name"), elder.get("building_number"), elder.get("unit_number"), elder.get("room"),
                        consent == null ? "null" : "\"" + consent + "\"", channel);
    }

    @Test
    void staff_enter_an_elders_paper_ballot_which_is_theirs_and_counts_once() throws Exception {
        Map<String, Object> elder = ReportOnBehalfTest.elder(jdbc, 14, 0);
        Map<String, Object> neighbour = ReportOnBehalfTest.elder(jdbc, 14, 1);
        long elderId = ((Number) elder.get("id")).longValue();
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT, ChoiceType.AGREE_DISAGREE_ABSTAIN,
                List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(VoteFixtures.gridOf(jdbc, elderId))), false));
        voting.open(staff(), id);
        String volunteer = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.ballot.g14", 14), true);
        String staffName = jdbc.sql("select display_name from account where username = 'rc.staff'")
                .query(String.class).single();

        send(id, "resident", body(elder, "IN_PERSON", "PAPER")).andExpect(status().isForbidden());
        send(id, volunteer, body(elder, "IN_PERSON", "PAPER")).andExpect(status().isForbidden());
        send(id, "rc.staff", body(elder, null, "PAPER")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        send(id, "rc.staff", body(elder, "IN_PERSON", "PROXY")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        assertThat(jdbc.sql("select count(*) from ballot where vote_id = ?").param(id).query(Long.class).single())
                .isZero();

        send(id, "rc.staff", body(elder, "IN_PERSON", "DOOR_TO_DOOR")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.onBehalfBy").value(staffName));
        send(id, "rc.staff", body(elder, "IN_PERSON", "PAPER")).andExpect(status().isConflict());

        Map<String, Object> row = jdbc.sql("""
                select b.elector_id, b.channel, b.answer, b.cast_by_resident_id, b.on_behalf_by_name, b.consent_method,
                    b.consent_note, b.proxy_name, b.authorisation_ref from ballot b where b.vote_id = ?""")
                .param(id).query().singleRow();
        long elector = ((Number) row.get("elector_id")).longValue();
        assertThat(VoteFixtures.electors(jdbc, id)).contains(elector);
        assertThat(jdbc.sql("select count(*) from vote_elector_member where vote_id = ? and elector_id = ?"
                + " and resident_id = ?").params(id, elector, elderId).query(Long.class).single()).isEqualTo(1);
        assertThat(row.get("channel")).isEqualTo("DOOR_TO_DOOR");
        assertThat(((Number) row.get("cast_by_resident_id")).longValue()).isEqualTo(elderId);
        assertThat(row.get("on_behalf_by_name")).isEqualTo(staffName);
        assertThat(row.get("consent_method")).isEqualTo("IN_PERSON");
        assertThat(row.get("consent_note")).isEqualTo("本人口述意见，儿子在场");
        assertThat(row.get("proxy_name")).isNull();
        assertThat(row.get("authorisation_ref")).isNull();
        assertThat(ballots.current(1, id, elector)).hasValueSatisfying(b -> {
            assertThat(b.answer()).isEqualTo(Answer.AGREE);
            assertThat(b.onBehalfBy()).isEqualTo(staffName);
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'BALLOT_ENTERED_ON_BEHALF'"
                + " and subject_id = ?").param(id).query(Long.class).single()).isEqualTo(1);

        // the elder signs in later: the vote page shows their ballot, entered for them
        String elderAccount = "elder.ballot." + elderId;
        if (!accounts.exists(elderAccount)) {
            accounts.open(new NewAccount(elderAccount, DEMO_PASSWORD, (String) elder.get("name"), 1L, elderId,
                    Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        mvc.perform(get("/api/v1/votes/" + id).with(as(elderAccount))).andExpect(status().isOk())
                .andExpect(jsonPath("$.myBallot.answer").value("AGREE"))
                .andExpect(jsonPath("$.myBallot.onBehalfBy").value(staffName))
                .andExpect(jsonPath("$.myBallot.consent").value("IN_PERSON"));
        assertThat(mvc.perform(get("/votes/" + id).with(as(elderAccount))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"on-behalf-by\"", "由 " + staffName + " 代办");
        String address = elder.get("building_number") + "-" + elder.get("unit_number") + "-" + elder.get("room");
        assertThat(mvc.perform(get("/votes/" + id + "/manage").param("address", address).with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"on-behalf-" + elector + "\"", "id=\"enter-for-link\"");

        // the page: the form, a kept form on a missing answer, then the neighbour's ballot
        mvc.perform(get("/votes/" + id + "/manage/enter-for").with(as("resident"))).andExpect(status().isForbidden());
        String form = mvc.perform(get("/votes/" + id + "/manage/enter-for").with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"f-residentName\"", "id=\"f-consent\"", "id=\"f-answer\"", "id=\"f-evidence\"");
        String kept = mvc.perform(post("/votes/" + id + "/manage/enter-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", (String) neighbour.get("name"))
                        .param("building", "" + neighbour.get("building_number"))
                        .param("unit", "" + neighbour.get("unit_number")).param("room", (String) neighbour.get("room"))
                        .param("consent", "WRITTEN").param("consentNote", "书面同意已存档").param("channel", "PAPER")
                        .param("evidence", "表决票 第13号"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("data-field=\"answer\"", "书面同意已存档");
        mvc.perform(post("/votes/" + id + "/manage/enter-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", (String) neighbour.get("name"))
                        .param("building", "" + neighbour.get("building_number"))
                        .param("unit", "" + neighbour.get("unit_number")).param("room", (String) neighbour.get("room"))
                        .param("consent", "WRITTEN").param("consentNote", "书面同意已存档").param("channel", "PAPER")
                        .param("answer", "DISAGREE").param("evidence", "表决票 第13号"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "vote.done.enteredFor"));
        assertThat(jdbc.sql("select count(*) from ballot where vote_id = ? and consent_method = 'WRITTEN'"
                + " and cast_by_resident_id = ?").params(id, ((Number) neighbour.get("id")).longValue())
                .query(Long.class).single()).isEqualTo(1);

        // another community's vote does not exist for this helper
        long elsewhere = jdbc.sql("select min(id) from vote where community_id <> 1 and state = 'OPEN'")
                .query(Long.class).optional().orElseGet(() -> jdbc.sql("select min(id) from vote where community_id <> 1")
                        .query(Long.class).single());
        send(elsewhere, "rc.staff", body(elder, "IN_PERSON", "PAPER")).andExpect(status().isNotFound());
        mvc.perform(get("/votes/" + elsewhere + "/manage/enter-for").with(as("rc.staff")))
                .andExpect(status().isNotFound());
    }
}
