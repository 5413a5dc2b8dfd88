package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;

/**
 * A finished project asking the whole community to accept it tells some 15,000 people: they are told a thousand to a
 * statement, those who moved out are left out, and a redelivered event tells nobody twice.
 */
class WholeCommunityToldInFewStatementsTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void every_resident_living_here_is_told_once_in_a_few_dozen_statements() {
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        // residents without an account, so that no demo account's inbox changes for the tests that read it
        List<Long> residents = new ArrayList<>(jdbc.sql("""
                select r.id from resident r where r.community_id = ?
                and not exists (select 1 from account a where a.resident_id = r.id) order by r.id""")
                .param(community).query(Long.class).list());
        long living = jdbc.sql("""
                select count(*) from resident r where r.community_id = ? and r.moved_out is null
                and not exists (select 1 from account a where a.resident_id = r.id)""").param(community)
                .query(Long.class).single();
        assertThat(residents.size()).isGreaterThan(10_000);
        String source = "whole-community:" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);

        int[] told = new int[1];
        long statements = StatementCounter.during(() -> told[0] = transaction.execute(s -> notifications.addAll(
                community, residents, NotificationKind.ACCEPTANCE_OPENED, 0, "全小区验收", "/projects", source, now)));
        assertThat(told[0]).isEqualTo(living);
        assertThat(statements).as("a thousand residents to a statement").isLessThan(residents.size() / 1_000 + 10);
        assertThat(jdbc.sql("select count(*) from notice_notification where source_key = ?").param(source)
                .query(Long.class).single()).isEqualTo(living);

        int again = transaction.execute(s -> notifications.addAll(community, residents,
                NotificationKind.ACCEPTANCE_OPENED, 0, "全小区验收", "/projects", source, now));
        assertThat(again).as("a redelivered event tells nobody twice").isZero();
    }
}
