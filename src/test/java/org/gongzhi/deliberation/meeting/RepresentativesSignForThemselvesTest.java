package org.gongzhi.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;

/**
 * 四议共答 by each party's own account (issue 8, item 2): a residents' representative answers and co-signs for the
 * proposals of the grid they represent during their term, in their own name; staff record for a representative
 * present without a phone, marked as recorded on their behalf and by whom.
 */
class RepresentativesSignForThemselvesTest extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A residents' representative of a grid, with a term; an account of the test's own. */
    static void appoint(org.springframework.jdbc.core.simple.JdbcClient jdbc, String username, int grid,
            LocalDate from, LocalDate until) {
        jdbc.sql("""
                insert into account_role (community_id, account_id, role, scope_type, scope_id, term_from, term_until)
                select a.community_id, a.id, 'RESIDENT_REPRESENTATIVE', 'GRID', g.id, ?, ? from account a, grid g
                where a.username = ? and g.community_id = 1 and g.number = ?
                  and not exists (select 1 from account_role x where x.account_id = a.id
                                  and x.role = 'RESIDENT_REPRESENTATIVE')""")
                .params(from, until, username, grid).update();
    }

    /** A proposal about a stairwell of the grid, put on the agenda. */
    static long proposalInGrid(MockMvc mvc, java.util.function.Function<String,
            org.springframework.test.web.servlet.request.RequestPostProcessor> as,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, int grid, String title) throws Exception {
        String stairwell = jdbc.sql("""
                select min(s.code) from stairwell s join grid g on g.id = s.grid_id
                where g.community_id = 1 and g.number = ?""").param(grid).query(String.class).single();
        String json = mvc.perform(post("/api/v1/proposals").with(as.apply("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"单元门禁坏了，晚上进出不安全。","category":"FACILITIES",
                                 "place":"STAIRWELL:%s"}""".formatted(title, stairwell)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/proposals/" + id + "/triage").with(as.apply("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUT_ON_AGENDA\"}"))
                .andExpect(status().isOk());
        return id;
    }

    private static String answer(long proposal, String party, String onBehalfOf) {
        return """
                {"proposalId":%d,"party":"%s","position":"SUPPORT","reasoning":"同意","contribution":"出力"%s}"""
                .formatted(proposal, party, onBehalfOf == null ? "" : ",\"onBehalfOf\":\"" + onBehalfOf + "\"");
    }

    private static String signature(long proposal, String party, String signer) {
        return "{\"proposalId\":%d,\"party\":\"%s\"%s}".formatted(proposal, party,
                signer == null ? "" : ",\"signer\":\"" + signer + "\"");
    }

    @Test
    void a_representative_answers_and_signs_in_their_own_name_only_within_their_grid_and_term() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        String rep = ownResidentAccount("rep.own.g11", 11);
        appoint(jdbc, rep, 11, today.minusDays(30), today.plusYears(2));
        String past = ownResidentAccount("rep.past.g11", 11);
        appoint(jdbc, past, 11, today.minusYears(3), today.minusDays(1));
        String tag = UUID.randomUUID().toString().substring(0, 4);
        long mine = proposalInGrid(mvc, this::as, jdbc, 11, "11网格门禁 " + tag);
        long other = proposalInGrid(mvc, this::as, jdbc, 12, "12网格门禁 " + tag);

        String json = send("rc.staff", "/api/v1/meetings", MeetingApiTest.meetingJson("议事厅 " + tag)
                .replace("2026-12-03T19:00", today + "T08:00")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String base = "/api/v1/meetings/" + ((Number) JsonPath.read(json, "$.id")).longValue();
        send("rc.staff", base + "/agenda", "{\"proposalId\":" + mine + "}").andExpect(status().isOk());
        send("rc.staff", base + "/agenda", "{\"proposalId\":" + other + "}").andExpect(status().isOk());
        send("rc.staff", base + "/attendance", """
                {"parties":["RESIDENTS_COMMITTEE","OWNERS_COMMITTEE","PROPERTY_COMPANY","RESIDENT_REPRESENTATIVES"]}""")
                .andExpect(status().isOk());

        // outside the grid, another party, out of term, a plain resident: refused
        send(rep, base + "/answers", answer(other, "RESIDENT_REPRESENTATIVES", null)).andExpect(status().isForbidden());
        send(rep, base + "/answers", answer(mine, "OWNERS_COMMITTEE", null)).andExpect(status().isForbidden());
        send(past, base + "/answers", answer(mine, "RESIDENT_REPRESENTATIVES", null))
                .andExpect(status().isForbidden());
        send("resident", base + "/answers", answer(mine, "RESIDENT_REPRESENTATIVES", null))
                .andExpect(status().isForbidden());
        // an onBehalfOf sent by the representative is not theirs to give: the answer is their own
        send(rep, base + "/answers", answer(mine, "RESIDENT_REPRESENTATIVES", "别人"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].answers[?(@.party == 'RESIDENT_REPRESENTATIVES')].recordedBy")
                        .value(rep))
                .andExpect(jsonPath("$.agenda[0].answers[?(@.party == 'RESIDENT_REPRESENTATIVES')].onBehalf")
                        .value(false))
                .andExpect(jsonPath("$.agenda[0].answers[?(@.party == 'RESIDENT_REPRESENTATIVES')].onBehalfOf")
                        .value(Matchers.contains(Matchers.nullValue())));
        // staff record for the grid-12 representative present without a phone
        String staffName = jdbc.sql("select display_name from account where username = 'rc.staff'")
                .query(String.class).single();
        send("rc.staff", base + "/answers", answer(other, "RESIDENT_REPRESENTATIVES", "陈师傅"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[1].answers[?(@.party == 'RESIDENT_REPRESENTATIVES')].onBehalf")
                        .value(true))
                .andExpect(jsonPath("$.agenda[1].answers[?(@.party == 'RESIDENT_REPRESENTATIVES')].onBehalfOf")
                        .value("陈师傅"))
                .andExpect(jsonPath("$.agenda[1].answers[?(@.party == 'RESIDENT_REPRESENTATIVES')].recordedBy")
                        .value(staffName));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'MEETING_ANSWER_ON_BEHALF' and detail like ?""")
                .param(other + " RESIDENT_REPRESENTATIVES SUPPORT for 陈师傅").query(Long.class).single())
                .isEqualTo(1);
        for (long proposal : new long[] {mine, other}) {
            send("rc.staff", base + "/answers", answer(proposal, "RESIDENTS_COMMITTEE", null)).andExpect(status().isOk());
            send("oc.member", base + "/answers", answer(proposal, "OWNERS_COMMITTEE", null)).andExpect(status().isOk());
            send("pm.staff", base + "/answers", answer(proposal, "PROPERTY_COMPANY", null)).andExpect(status().isOk());
            send("rc.staff", base + "/plan", """
                    {"proposalId":%d,"plan":"更换门禁","cost":"800","fundingSource":"公共收益","responsibilities":"物业"}"""
                    .formatted(proposal)).andExpect(status().isOk());
        }

        // the representative signs in their own name, whatever name is sent
        send(rep, base + "/signatures", signature(other, "RESIDENT_REPRESENTATIVES", null))
                .andExpect(status().isForbidden());
        send(rep, base + "/signatures", signature(mine, "RESIDENT_REPRESENTATIVES", "冒名"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].signatures[0].signer").value(rep));
        assertThat(jdbc.sql("""
                select count(*) from meeting_signature where proposal_id = ? and signer = ? and recorded_by is null
                  and signed_by_account = (select id from account where username = ?)""")
                .params(mine, rep, rep).query(Long.class).single()).isEqualTo(1);
        // staff recording another party's signature must name the signer, and are named as who recorded it
        send("rc.staff", base + "/signatures", signature(other, "RESIDENT_REPRESENTATIVES", null))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("signer")));
        send("rc.staff", base + "/signatures", signature(other, "RESIDENT_REPRESENTATIVES", "陈师傅"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[1].signatures[0].signer").value("陈师傅"))
                .andExpect(jsonPath("$.agenda[1].signatures[0].recordedBy").value(staffName));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'MEETING_SIGNATURE_ON_BEHALF' and detail = ?""")
                .param(other + " RESIDENT_REPRESENTATIVES for 陈师傅").query(Long.class).single()).isEqualTo(1);

        // the meeting page shows the representative's own answer and the recorded one as such
        String page = mvc.perform(get(base.replace("/api/v1", "")).with(as(rep))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("由 " + staffName + " 代 陈师傅 录入（代录）", "由 " + staffName + " 代录");
    }

    @Test
    void a_representative_sees_the_answer_form_only_for_their_grid() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        String rep = ownResidentAccount("rep.form.g13", 13);
        appoint(jdbc, rep, 13, today.minusDays(30), today.plusYears(2));
        String tag = UUID.randomUUID().toString().substring(0, 4);
        long mine = proposalInGrid(mvc, this::as, jdbc, 13, "13网格路灯 " + tag);
        long other = proposalInGrid(mvc, this::as, jdbc, 14, "14网格路灯 " + tag);
        String json = send("rc.staff", "/api/v1/meetings", MeetingApiTest.meetingJson("议事厅 " + tag)
                .replace("2026-12-03T19:00", today + "T08:00")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        send("rc.staff", "/api/v1/meetings/" + id + "/agenda", "{\"proposalId\":" + mine + "}")
                .andExpect(status().isOk());
        send("rc.staff", "/api/v1/meetings/" + id + "/agenda", "{\"proposalId\":" + other + "}")
                .andExpect(status().isOk());
        String page = mvc.perform(get("/meetings/" + id).with(as(rep))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"f-answer-party-" + mine + "\"").doesNotContain("f-answer-party-" + other)
                .doesNotContain("f-on-behalf-");
    }
}
