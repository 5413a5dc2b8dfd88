package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.WorkOrderStepTaken;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.voting.VoteClosed;

/** Notifications reach who is concerned, once per event however often it is delivered; the badge counts them. */
class InboxTellsResidentsWhatConcernsThemTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    Inbox inbox;
    @Autowired
    NoticePublishing notices;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    private static Actor resident(long residentId) {
        return new Actor(0, "r" + residentId, "居民", AOYUAN, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private long demoResident() {
        return jdbc.sql("select resident_id from identity_account where username = 'resident'").query(Long.class)
                .single();
    }

    private long count(long residentId, String kind, long subject) {
        return jdbc.sql("""
                select count(*) from notice_notification where resident_id = ? and kind = ? and subject_id = ?""")
                .params(residentId, kind, subject).query(Long.class).single();
    }

    private void publishTwice(Object event) {
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        transaction.executeWithoutResult(s -> events.publishEvent(event));
    }

    @Test
    void a_step_on_a_report_reaches_its_reporter_once_even_when_delivered_twice_and_not_when_they_took_it() {
        Long[] order = jdbc.sql("""
                select id, reporter_resident_id from work_order where reporter_resident_id is not null order by id
                limit 1""").query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)}).single();
        long reporter = order[1];
        OffsetDateTime at = OffsetDateTime.now(clock).withNano(0);
        long before = inbox.unread(resident(reporter));
        long toldBefore = count(reporter, "CASE_STEP", order[0]);
        publishTwice(new WorkOrderStepTaken(AOYUAN, order[0], null, CaseAction.ACCEPT, CaseState.REPORTED,
                CaseState.ACCEPTED, 0L, null, "居委会", at));
        assertThat(count(reporter, "CASE_STEP", order[0])).isEqualTo(toldBefore + 1);
        assertThat(inbox.unread(resident(reporter))).isEqualTo(before + 1);
        Notification told = inbox.list(resident(reporter), 0, 50).items().stream()
                .filter(n -> n.kind() == NotificationKind.CASE_STEP && n.subjectId() == order[0] && n.unread()).findFirst()
                .orElseThrow();
        assertThat(told.detail()).isEqualTo("ACCEPTED");
        assertThat(told.link()).isEqualTo("/cases/" + order[0]);

        publishTwice(new WorkOrderStepTaken(AOYUAN, order[0], null, CaseAction.VERIFY_PASS, CaseState.HANDLED,
                CaseState.CLOSED, 0L, reporter, "居民", at.plusSeconds(5)));
        assertThat(count(reporter, "CASE_STEP", order[0])).as("the reporter's own step tells nobody")
                .isEqualTo(toldBefore + 1);

        assertThatThrownBy(() -> inbox.markRead(resident(reporter + 1), told.id())).isInstanceOf(NotFound.class);
        inbox.markRead(resident(reporter), told.id());
        assertThat(inbox.unread(resident(reporter))).isEqualTo(before);
    }

    @Test
    void a_vote_waiting_for_the_residents_ballot_is_told_once_and_its_result_reaches_those_told() {
        long me = demoResident();
        inbox.list(resident(me), 0, 50);
        inbox.list(resident(me), 0, 50);
        Long vote = jdbc.sql("""
                select min(subject_id) from notice_notification where resident_id = ? and kind = 'VOTE_OPENED'""")
                .params(me).query(Long.class).single();
        assertThat(vote).as("the demo resident has an open vote waiting for their ballot").isNotNull();
        assertThat(count(me, "VOTE_OPENED", vote)).isEqualTo(1);
        long told = jdbc.sql("select count(*) from notice_notification where kind = 'VOTE_OPENED' and subject_id = ?")
                .params(vote).query(Long.class).single();

        publishTwice(new VoteClosed(vote, AOYUAN, null, true, OffsetDateTime.now(clock)));
        assertThat(count(me, "VOTE_PASSED", vote)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notice_notification where kind = 'VOTE_PASSED' and subject_id = ?")
                .params(vote).query(Long.class).single()).isEqualTo(told);
    }

    @Test
    void the_badge_counts_a_new_notice_for_the_residents_grid_and_drops_when_it_is_read() throws Exception {
        Actor me = resident(demoResident());
        long grid = jdbc.sql("""
                select s.grid_id from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.id = ?""").params(me.residentId()).query(Long.class).single();
        long before = inbox.unread(me);
        long notice = notices.publish(STAFF, new NoticeInput(NoticeCategory.SAFETY, Audience.GRID, grid, "楼道堆物清理",
                "周六前请清理楼道杂物", false, null, null));
        assertThat(inbox.unread(me)).isEqualTo(before + 1);
        mvc.perform(get("/notices").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"inbox-unread\"")))
                .andExpect(content().string(Matchers.containsString(">" + (before + 1) + "<")));
        mvc.perform(get("/api/v1/notifications/unread-count").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value((int) before + 1));
        mvc.perform(get("/notices/" + notice).with(as("resident"))).andExpect(status().isOk());
        assertThat(inbox.unread(me)).isEqualTo(before);
    }

    @Test
    void the_inbox_page_and_api_list_mark_read_and_answer_404_for_anothers_notification() throws Exception {
        long me = demoResident();
        inbox.list(resident(me), 0, 1);
        String vote = jdbc.sql("""
                select detail from notice_notification where resident_id = ? and kind = 'VOTE_OPENED'
                order by created_at desc, id desc limit 1""").params(me).query(String.class).single();
        mvc.perform(get("/inbox").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"notifications\"")))
                .andExpect(content().string(Matchers.containsString("表决已开始，等您投票：" + vote)));
        mvc.perform(get("/api/v1/notifications").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
        String key = "test:others:" + java.util.UUID.randomUUID();
        long someoneElses = jdbc.sql("""
                insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link, source_key,
                created_at) values (1, ?, 'VOTE_OPENED', 1, '测试', '/votes/1', ?, ?)""")
                .params(me + 1, key, OffsetDateTime.now(clock)).update();
        long id = jdbc.sql("select id from notice_notification where source_key = ?").params(key).query(Long.class)
                .single();
        assertThat(someoneElses).isEqualTo(1);
        mvc.perform(post("/api/v1/notifications/" + id + "/read").with(as("resident")).with(csrf()))
                .andExpect(status().isNotFound());
        long mine = jdbc.sql("""
                select min(id) from notice_notification where resident_id = ? and read_at is null""").params(me)
                .query(Long.class).single();
        mvc.perform(post("/inbox/" + mine + "/open").param("link", "/votes/1").with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select read_at from notice_notification where id = ?").params(mine)
                .query(OffsetDateTime.class).optional()).isPresent();
        mvc.perform(post("/api/v1/notifications/read-all").with(as("resident")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from notice_notification where resident_id = ? and read_at is null")
                .params(me).query(Long.class).single()).isZero();
    }
}
