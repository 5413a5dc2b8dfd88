package org.gongzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.CommunityOverview;
import org.gongzhi.community.OverviewQueries;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.shared.pii.PiiCipher;

/**
 * The demo register reproduces the seed article's figures and the demo's stories hang together; it runs first, before
 * other tests change data.
 */
@Order(1)
class DemoDataTest extends IntegrationTest {

    @Autowired
    OverviewQueries overview;

    @Autowired
    PiiCipher cipher;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void the_planner_knows_the_size_of_the_demo_register() throws Exception {
        // the row count the planner estimates from (PostgreSQL's statistics, or H2's) is the register's, not zero
        boolean postgres;
        try (var connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
        String estimate = postgres
                ? "select cast(reltuples as bigint) from pg_class where relname = 'resident'"
                : "select row_count_estimate from information_schema.tables where table_name = 'resident'";
        assertThat(jdbc.sql(estimate).query(Long.class).single()).isGreaterThan(10_000L);
    }

    @Test
    void the_register_has_exactly_the_articles_figures() {
        CommunityOverview aoyuan = overview.of(1);
        assertThat(aoyuan.households()).isEqualTo(5_309);
        assertThat(aoyuan.stairwells()).isEqualTo(337);
        assertThat(aoyuan.grids()).isEqualTo(15);
        assertThat(aoyuan.gridBranches()).isEqualTo(8);
        assertThat(aoyuan.residents()).isBetween(14_500L, 15_500L);
        assertThat(aoyuan.partyMembers() * 100 / aoyuan.residents()).isBetween(9L, 11L);
    }

    @Test
    void every_grid_belongs_to_one_branch_and_every_branch_serves_one_or_two_grids() {
        List<Long> gridsPerBranch = jdbc.sql("select count(*) from grid where community_id = 1 group by grid_branch_id")
                .query(Long.class).list();
        assertThat(gridsPerBranch).hasSize(8).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
        assertThat(jdbc.sql("select count(*) from grid_branch where secretary_resident_id is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from stairwell where party_group_id is null").query(Long.class)
                .single()).isZero();
    }

    @Test
    void households_have_one_to_six_people_of_every_age() {
        List<Long> sizes = jdbc.sql("select count(*) from resident group by household_id").query(Long.class).list();
        assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(1L, 6L));
        List<LocalDate> births = jdbc.sql("select birth_date from resident").query(LocalDate.class).list();
        LocalDate today = LocalDate.now();
        assertThat(births).anySatisfy(b -> assertThat(Period.between(b, today).getYears()).isLessThan(2));
        assertThat(births).anySatisfy(b -> assertThat(Period.between(b, today).getYears()).isGreaterThanOrEqualTo(90));
    }

    @Test
    void id_card_numbers_are_encrypted_valid_songjiang_numbers() {
        List<String> sealed = jdbc.sql("select id_card_cipher from resident where id_card_cipher is not null "
                + "order by id limit 200").query(String.class).list();
        assertThat(sealed).allSatisfy(s -> {
            String number = cipher.decrypt(s);
            assertThat(number).startsWith("310117");
            assertThat(IdCardNumber.check(number)).isNull();
            assertThat(s).doesNotContain(number.substring(6, 14));
        });
    }

    @Test
    void the_central_garden_was_deliberated_put_on_notice_adopted_by_the_residents_vote_and_is_being_renewed() {
        long garden = jdbc.sql("select id from proposal where title = '中心花园设施老旧，希望改造'").query(Long.class)
                .single();
        assertThat(jdbc.sql("select state from proposal where id = ?").param(garden).query(String.class).single())
                .isEqualTo("IN_PROGRESS");
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime heldAt = jdbc.sql("""
                select m.held_at from meeting m join meeting_agenda a on a.meeting_id = m.id where a.proposal_id = ?""")
                .param(garden).query(LocalDateTime.class).single().atZone(ZoneId.of("Asia/Shanghai"))
                .toOffsetDateTime();
        assertThat(heldAt).isBetween(now.minusDays(41), now.minusDays(39));

        List<String> steps = jdbc.sql("select action from proposal_event where proposal_id = ? order by occurred_at, id")
                .param(garden).query(String.class).list();
        assertThat(steps).containsSubsequence("SUBMIT", "PUT_ON_AGENDA", "DELIBERATE", "PUT_ON_NOTICE",
                "OPEN_DECISION", "ADOPT", "START_WORK");
        OffsetDateTime noticeStart = when(garden, "PUT_ON_NOTICE");
        OffsetDateTime noticeEnd = jdbc.sql("select ends_at from proposal_notice where proposal_id = ?").param(garden)
                .query(OffsetDateTime.class).single();
        assertThat(noticeStart).isAfter(when(garden, "DELIBERATE"));
        assertThat(Duration.between(noticeStart, noticeEnd)).isEqualTo(Duration.ofDays(7));
        assertThat(when(garden, "OPEN_DECISION")).isAfter(noticeEnd);

        List<OffsetDateTime> objections = jdbc.sql("""
                select created_at from proposal_objection where proposal_id = ? and answer is not null""")
                .param(garden).query(OffsetDateTime.class).list();
        assertThat(objections).hasSize(2).allSatisfy(at -> assertThat(at).isBetween(noticeStart, noticeEnd));
        assertThat(jdbc.sql("select count(*) from proposal_objection where proposal_id = ? and answer is null")
                .param(garden).query(Long.class).single()).isZero();

        Map<String, Object> vote = jdbc.sql("select id, title, state, opened_at from vote where proposal_id = ?")
                .param(garden).query().singleRow();
        assertThat(vote).containsEntry("title", "中心花园微更新方案").containsEntry("state", "PUBLISHED");
        assertThat(jdbc.sql("select outcome from vote_tally where vote_id = ?").param(vote.get("id"))
                .query(String.class).single()).isEqualTo("PASSED");
        assertThat(jdbc.sql("select opened_at from vote where id = ?").param(vote.get("id"))
                .query(OffsetDateTime.class).single()).isAfter(when(garden, "OPEN_DECISION"));
        assertThat(jdbc.sql("""
                select actor_name || ' ' || reason from proposal_event where proposal_id = ? and action = 'ADOPT'""")
                .param(garden).query(String.class).single())
                .isEqualTo("system 表决 #" + vote.get("id") + " 通过");
        OffsetDateTime closed = jdbc.sql("select closed_at from vote where id = ?").param(vote.get("id"))
                .query(OffsetDateTime.class).single();
        assertThat(when(garden, "ADOPT")).isEqualTo(closed);
        assertThat(closed).isBetween(now.minusDays(15), now.minusDays(13));
        assertThat(when(garden, "START_WORK")).isAfter(closed).isBefore(now.minusDays(7));
        assertThat(jdbc.sql("select state from renewal_project where proposal_id = ?").param(garden)
                .query(String.class).single()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void every_plan_put_on_notice_has_its_notice_and_the_pets_covenant_is_open_now() {
        assertThat(jdbc.sql("""
                select count(*) from proposal_event e where e.action = 'PUT_ON_NOTICE'
                and not exists (select 1 from proposal_notice n where n.proposal_id = e.proposal_id)""")
                .query(Long.class).single()).isZero();
        long swan = jdbc.sql("select id from proposal where title = '禁止投喂天鹅，设置告示牌和投喂点'")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from proposal_objection where proposal_id = ? and answer is not null")
                .param(swan).query(Long.class).single()).isOne();
        long pets = jdbc.sql("select id from proposal where title = '宠邻家：制定文明养宠公约'").query(Long.class).single();
        assertThat(jdbc.sql("select state from proposal where id = ?").param(pets).query(String.class).single())
                .isEqualTo("ON_NOTICE");
        OffsetDateTime now = OffsetDateTime.now();
        assertThat(jdbc.sql("select starts_at from proposal_notice where proposal_id = ?").param(pets)
                .query(OffsetDateTime.class).single()).isBetween(now.minusDays(3), now.minusDays(1));
        assertThat(jdbc.sql("select ends_at from proposal_notice where proposal_id = ?").param(pets)
                .query(OffsetDateTime.class).single()).isAfter(now.plusDays(4));
    }

    private OffsetDateTime when(long proposal, String action) {
        return jdbc.sql("select occurred_at from proposal_event where proposal_id = ? and action = ?")
                .params(proposal, action).query(OffsetDateTime.class).single();
    }

    @Test
    void units_have_plausible_areas_and_the_developer_still_holds_some() {
        assertThat(jdbc.sql("select min(coalesce(register_area, survey_area, contract_area)) from unit")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5_000L);
        assertThat(jdbc.sql("select max(coalesce(register_area, survey_area, contract_area)) from unit")
                .query(Long.class).single()).isLessThanOrEqualTo(16_000L);
        assertThat(jdbc.sql("select count(*) from unit where developer_held").query(Long.class).single())
                .isPositive();
    }
    @Test
    void the_subdistrict_has_two_smaller_communities_with_registers_staff_activity_and_an_officer() {
        for (String[] c : new String[][] {{"LAITING", "340", "4"}, {"YUNRUN", "250", "3"}}) {
            long id = jdbc.sql("select id from community where code = ? and subdistrict = '九里亭街道'").param(c[0])
                    .query(Long.class).single();
            CommunityOverview overview = this.overview.of(id);
            assertThat(overview.households()).as(c[0]).isEqualTo(Long.parseLong(c[1]));
            assertThat(overview.grids()).isEqualTo(Integer.parseInt(c[2]));
            assertThat(overview.gridBranches()).isEqualTo(2);
            assertThat(count("select count(*) from account where username = ? and community_id = ?",
                    "rc.staff." + c[0].toLowerCase(), id)).isOne();
            assertThat(count("select count(*) from work_order where community_id = ?", id)).isGreaterThan(20);
            assertThat(count("select count(*) from proposal where community_id = ?", id)).isGreaterThanOrEqualTo(2);
            assertThat(count("select count(*) from vote where community_id = ? and state = 'OPEN'", id)).isOne();
            assertThat(count("select count(*) from patrol_record r join grid_branch b on b.id = r.grid_branch_id "
                    + "where b.community_id = ?", id)).isGreaterThanOrEqualTo(4);
            assertThat(count("select count(*) from volunteer_service where community_id = ?", id)).isGreaterThan(10);
        }
        assertThat(count("""
                select count(*) from account a join account_role r on r.account_id = a.id
                where a.username = 'subdistrict.officer' and r.role = 'SUBDISTRICT_OFFICER'
                  and r.scope_type = 'SUBDISTRICT' and r.scope_id = 1""")).isOne();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
