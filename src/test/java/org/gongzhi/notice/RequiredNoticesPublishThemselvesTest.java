package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.ProposalPutOnNotice;
import org.gongzhi.voting.VoteClosed;

/** A plan put on public notice and a vote's result post their notice to the whole community, once, linked back. */
class RequiredNoticesPublishThemselvesTest extends IntegrationTest {

    private static final long AOYUAN = 1;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    private void deliverTwice(Object event) {
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        transaction.executeWithoutResult(s -> events.publishEvent(event));
    }

    private long posted(String link) {
        return jdbc.sql("select count(*) from notice where source_link = ?").params(link).query(Long.class).single();
    }

    @Test
    void a_plan_on_public_notice_is_posted_once_for_everyone_and_links_to_the_proposal() throws Exception {
        long proposal = jdbc.sql("select min(id) from proposal").query(Long.class).single();
        String title = jdbc.sql("select title from proposal where id = ?").params(proposal).query(String.class)
                .single();
        String link = "/proposals/" + proposal;
        long before = posted(link);
        deliverTwice(new ProposalPutOnNotice(proposal, AOYUAN, OffsetDateTime.now().withNano(0)));
        assertThat(posted(link)).isEqualTo(before + 1);
        long id = jdbc.sql("select max(id) from notice where source_link = ?").params(link).query(Long.class).single();
        assertThat(jdbc.sql("select audience || ' ' || category || ' ' || title from notice where id = ?").params(id)
                .query(String.class).single()).isEqualTo("COMMUNITY DELIBERATION 议事公示：" + title);
        mvc.perform(get("/notices/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"" + link + "\"")));
    }

    @Test
    void a_closed_vote_posts_its_result_once() {
        long vote = jdbc.sql("select min(id) from vote").query(Long.class).single();
        String link = "/votes/" + vote;
        jdbc.sql("delete from notice_read where notice_id in (select id from notice where source_link = ?)")
                .params(link).update();
        jdbc.sql("delete from notice where source_link = ?").params(link).update();
        deliverTwice(new VoteClosed(vote, AOYUAN, null, false, OffsetDateTime.now()));
        assertThat(posted(link)).isEqualTo(1);
        assertThat(jdbc.sql("select title from notice where source_link = ?").params(link).query(String.class)
                .single()).startsWith("表决结果：").endsWith("（未通过）");
    }
}
