package org.gongzhi.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.notice.Audience;
import org.gongzhi.notice.NoticeCategory;
import org.gongzhi.notice.NoticeInput;
import org.gongzhi.notice.NoticePublished;
import org.gongzhi.notice.NoticePublishing;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A notice staff publish reaches the inbox of everyone living in its place but its author, exactly once: now when it
 * goes up now, from the job when it was published ahead of time, and never again when the event comes back or the
 * job runs twice. The channels beyond the inbox follow each resident's choice for notices; a whole community of some
 * 15,000 is told in one statement, and no other community hears of it.
 */
class NoticeReachesTheInboxesOfItsPlaceTest extends IntegrationTest {

    @Autowired
    NoticePublishing publishing;
    @Autowired
    NoticesReachInboxes inboxes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    /**
     * A stairwell of Aoyuan where nobody has an account (the demo accounts' inboxes stay as other tests expect),
     * the last such with at least four residents living there, and those residents in order.
     */
    private List<Long> residentsOfAQuietStairwell(long[] stairwell, int skip) {
        stairwell[0] = jdbc.sql("""
                select r.stairwell_id from register_resident r where r.community_id = 1 and r.moved_out is null
                and r.stairwell_id not in (select m.stairwell_id from register_resident m
                    join identity_account a on a.resident_id = m.id where m.community_id = 1)
                group by r.stairwell_id having count(*) >= 4 order by r.stairwell_id desc limit 1 offset ?""")
                .param(skip).query(Long.class).single();
        return jdbc.sql("""
                select id from register_resident where community_id = 1 and stairwell_id = ? and moved_out is null
                order by id""").param(stairwell[0]).query(Long.class).list();
    }

    private static Actor staffLivingAt(long residentId) {
        return new Actor(0, "notice.author", "居委会", 1L, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }

    private List<Long> told(long noticeId) {
        return jdbc.sql("select resident_id from notice_notification where source_key = ? and kind = 'NOTICE_PUBLISHED'"
                + " order by resident_id").param("notice:" + noticeId).query(Long.class).list();
    }

    private void choose(long residentId, String kind, String channel) {
        jdbc.sql("insert into notice_preference (community_id, resident_id, kind, channel) values (1, ?, ?, ?)")
                .params(residentId, kind, channel).update();
    }

    private List<String> deliveries(long noticeId, long residentId) {
        return jdbc.sql("""
                select d.channel || ' ' || d.status from notice_delivery d
                join notice_notification n on n.id = d.notification_id
                where n.source_key = ? and n.resident_id = ?""").params("notice:" + noticeId, residentId)
                .query(String.class).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void a_stairwell_notice_tells_everyone_living_there_but_its_author_once_by_the_channels_they_chose() {
        long[] stairwell = new long[1];
        List<Long> living = residentsOfAQuietStairwell(stairwell, 0);
        long author = living.get(0);
        long wantsText = living.get(1);
        long textForOtherThings = living.get(2);
        choose(wantsText, "NOTICE_PUBLISHED", "SMS");
        choose(textForOtherThings, "CASE_STEP", "SMS");

        long id = publishing.publish(staffLivingAt(author), new NoticeInput(NoticeCategory.UTILITIES,
                Audience.STAIRWELL, stairwell[0], "周四停水", "周四 9:00-12:00 停水检修。", false, null, null));

        assertThat(told(id)).as("everyone living in the stairwell but the author")
                .containsExactlyElementsOf(living.subList(1, living.size()));
        assertThat(jdbc.sql("select count(*) from notice_notification where source_key = ? and community_id <> 1")
                .param("notice:" + id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select detail || ' ' || link from notice_notification where source_key = ?"
                + " and resident_id = ?").params("notice:" + id, wantsText).query(String.class).single())
                .isEqualTo("周四停水 /notices/" + id);
        assertThat(deliveries(id, wantsText)).as("chose text messages for notices")
                .containsExactly("SMS NOT_SENT");
        assertThat(deliveries(id, textForOtherThings)).as("chose text messages for other kinds only").isEmpty();

        // the event delivered again (a restart before the registry marked it complete) and the job tell nobody again
        transaction.executeWithoutResult(s -> events.publishEvent(new NoticePublished(1, id, now())));
        inboxes.tellThoseNowUp();
        assertThat(told(id)).hasSize(living.size() - 1);
        assertThat(deliveries(id, wantsText)).hasSize(1);

        // opening the notice reads its notification too: the badge counts it once, as a notice not read
        publishing.read(new Actor(0, "r", "居民", 1L, wantsText, false, Set.of(RoleGrant.communityWide(Role.RESIDENT))),
                id);
        assertThat(jdbc.sql("select count(*) from notice_notification where source_key = ? and read_at is not null")
                .param("notice:" + id).query(Long.class).single()).isOne();
    }

    @Test
    void a_notice_published_ahead_of_time_tells_its_place_when_it_goes_up_once_however_often_the_job_runs() {
        long[] stairwell = new long[1];
        List<Long> living = residentsOfAQuietStairwell(stairwell, 1);
        long id = publishing.publish(staffLivingAt(living.get(0)), new NoticeInput(NoticeCategory.ACTIVITY,
                Audience.STAIRWELL, stairwell[0], "下周楼道清洁", "下周六上午楼道大扫除。", false,
                now().plusHours(3), null));
        inboxes.tellThoseNowUp();
        assertThat(told(id)).as("not up yet").isEmpty();

        jdbc.sql("update notice set publish_at = ? where id = ?").params(now().minusMinutes(1), id).update();
        inboxes.tellThoseNowUp();
        inboxes.tellThoseNowUp();
        assertThat(told(id)).containsExactlyElementsOf(living.subList(1, living.size()));
        assertThat(inboxes.tell(1, id)).as("claimed once").isZero();
    }

    @Test
    void a_whole_community_is_told_in_one_statement_and_no_other_community_hears_of_it() {
        long author = jdbc.sql("""
                select min(r.id) from register_resident r where r.community_id = 1 and r.moved_out is null
                and not exists (select 1 from identity_account a where a.resident_id = r.id)""")
                .query(Long.class).single();
        long living = jdbc.sql("select count(*) from register_resident where community_id = 1 and moved_out is null")
                .query(Long.class).single();
        assertThat(living).isGreaterThan(10_000);
        long[] id = new long[1];
        try {
            long statements = StatementCounter.during(() -> id[0] = publishing.publish(staffLivingAt(author),
                    new NoticeInput(NoticeCategory.SAFETY, Audience.COMMUNITY, null, "消防演练", "本周六全小区消防演练。",
                            false, null, null)));
            assertThat(told(id[0])).hasSize((int) living - 1).doesNotContain(author);
            assertThat(statements).as("publishing and telling everyone, not a statement per resident")
                    .isLessThan(40);
            assertThat(jdbc.sql("select count(distinct community_id) from notice_notification where source_key = ?")
                    .param("notice:" + id[0]).query(Long.class).single()).isOne();
        } finally {
            // the demo accounts' inboxes and notice lists stay as the other tests expect them
            if (id[0] != 0) {
                jdbc.sql("delete from notice_delivery where notification_id in (select id from notice_notification"
                        + " where source_key = ?)").param("notice:" + id[0]).update();
                jdbc.sql("delete from notice_notification where source_key = ?").param("notice:" + id[0]).update();
                jdbc.sql("delete from notice where id = ?").param(id[0]).update();
            }
        }
    }
}
