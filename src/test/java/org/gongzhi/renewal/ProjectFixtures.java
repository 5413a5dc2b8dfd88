package org.gongzhi.renewal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.meeting.AnswerPosition;
import org.gongzhi.deliberation.meeting.DeliberationMeeting;
import org.gongzhi.deliberation.meeting.Meetings;
import org.gongzhi.deliberation.meeting.Party;
import org.gongzhi.deliberation.proposal.Proposals;

/** Proposals taken through the API up to the residents' decision, with or without a meeting's plan. */
public final class ProjectFixtures {

    /** The smallest PNG: one transparent pixel. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private final MockMvc mvc;
    private final Function<String, RequestPostProcessor> as;
    private final JdbcClient jdbc;

    public ProjectFixtures(MockMvc mvc, Function<String, RequestPostProcessor> as, JdbcClient jdbc) {
        this.mvc = mvc;
        this.as = as;
        this.jdbc = jdbc;
    }

    public ResultActions send(String username, String path, String body) throws Exception {
        var request = post(path).with(as.apply(username)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    public static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** A resident's proposal, put on the agenda; its title ends in a random tag so that tests do not meet. */
    public long onAgenda(String title) throws Exception {
        long id = id(send("resident", "/api/v1/proposals", """
                {"title":"%s","description":"大家一起商量","category":"FACILITIES","place":"LANDMARK:BASKETBALL_COURT"}"""
                .formatted(title + " " + UUID.randomUUID().toString().substring(0, 6)))
                .andExpect(status().isCreated()));
        send("rc.staff", "/api/v1/proposals/" + id + "/triage", "{\"action\":\"PUT_ON_AGENDA\"}")
                .andExpect(status().isOk());
        return id;
    }

    /** Moves a proposal on the agenda to the residents' decision, past its public notice. */
    public void toDecision(long id) throws Exception {
        for (String action : List.of("DELIBERATE", "PUT_ON_NOTICE", "OPEN_DECISION")) {
            if (action.equals("OPEN_DECISION")) {
                jdbc.sql("update proposal_notice set ends_at = ? where proposal_id = ?")
                        .params(OffsetDateTime.now().minusMinutes(1), id).update();
            }
            transition(id, action).andExpect(status().isOk());
        }
    }

    public ResultActions transition(long id, String action) throws Exception {
        return send("rc.staff", "/api/v1/proposals/" + id + "/transitions", "{\"action\":\"" + action + "\"}");
    }

    /** A held meeting at which the four parties answered and the plan was recorded; returns the meeting's id. */
    public static long planAtMeeting(Meetings meetings, long community, long proposal, String text,
            String costYuan, String funding, String responsibilities) {
        OffsetDateTime at = OffsetDateTime.now();
        long id = meetings.add(DeliberationMeeting.plan(community, LocalDateTime.now().withSecond(0).withNano(0),
                "居委会议事厅", true, null, List.of()), at);
        DeliberationMeeting meeting = meetings.get(community, id);
        meeting.addToAgenda(proposal, ProposalState.ON_AGENDA, meeting.heldAt(), Optional.empty());
        meetings.addToAgenda(meeting, proposal, meeting.heldAt());
        meeting.recordAttendance(EnumSet.allOf(Party.class));
        meetings.saveAttendance(meeting);
        for (Party party : Party.values()) {
            meetings.addAnswer(meeting, meeting.answer(proposal, party, AnswerPosition.SUPPORT, "同意", null, "居委会",
                    at));
        }
        meetings.addPlan(meeting, meeting.recordPlan(proposal, text, costYuan, funding, responsibilities, "居委会", at));
        return id;
    }
}
