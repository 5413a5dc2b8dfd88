package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.ProposalStageChanged;
import org.gongzhi.deliberation.ProposalState;

/**
 * The raiser of a proposal and the residents following it are told when it moves to its next stage, once each
 * however often the event comes; a resident who neither raised nor follows it hears nothing.
 */
class FollowersHearOfProposalStagesTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    private long residentOf(String username) {
        return jdbc.sql("select resident_id from identity_account where username = ?").param(username)
                .query(Long.class).single();
    }

    private List<String> told(String username, long proposal) {
        return jdbc.sql("""
                select detail from notice_notification where resident_id = ? and kind = 'PROPOSAL_STAGE'
                and subject_id = ? order by id""").params(residentOf(username), proposal).query(String.class).list();
    }

    @Test
    void the_raiser_and_followers_hear_of_each_stage_once_and_nobody_else() throws Exception {
        String raiser = ownResidentAccount("stage.raiser", 9);
        String follower = ownResidentAccount("stage.follower", 10);
        String bystander = ownResidentAccount("stage.bystander", 11);
        String title = "楼道加装扶手 " + UUID.randomUUID().toString().substring(0, 4);
        String json = mvc.perform(post("/api/v1/proposals").with(as(raiser)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"老人上下楼不便。","category":"OTHER"}""".formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat(told(raiser, id)).as("submitting is the raiser's own step").isEmpty();
        mvc.perform(post("/api/v1/proposals/" + id + "/follow").with(as(follower)).with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/proposals/" + id + "/triage").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUT_ON_AGENDA\"}"))
                .andExpect(status().isOk());

        assertThat(told(raiser, id)).containsExactly(title + "（已列入议程）");
        assertThat(told(follower, id)).containsExactly(title + "（已列入议程）");
        assertThat(told(bystander, id)).isEmpty();

        // the registry delivers the same event again after a crash: nobody is told twice
        java.time.OffsetDateTime at = jdbc.sql("select max(created_at) from notice_notification where subject_id = ?"
                + " and kind = 'PROPOSAL_STAGE'").param(id).query(java.time.OffsetDateTime.class).single();
        String key = jdbc.sql("select min(source_key) from notice_notification where subject_id = ?"
                + " and kind = 'PROPOSAL_STAGE'").param(id).query(String.class).single();
        long millis = Long.parseLong(key.substring(key.lastIndexOf(':') + 1));
        transaction.executeWithoutResult(s -> events.publishEvent(new ProposalStageChanged(id, 1,
                ProposalState.SUBMITTED, ProposalState.ON_AGENDA,
                java.time.Instant.ofEpochMilli(millis).atOffset(at.getOffset()))));
        assertThat(told(raiser, id)).hasSize(1);
        assertThat(told(follower, id)).hasSize(1);
    }
}
