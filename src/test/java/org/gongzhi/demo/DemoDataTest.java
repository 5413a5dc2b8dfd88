package org.gongzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.CommunityOverview;
import org.gongzhi.community.IdCardNumber;
import org.gongzhi.community.Overview;
import org.gongzhi.shared.pii.PiiCipher;

/** The demo register reproduces the seed article's figures; it runs first, before other tests change data. */
@Order(1)
class DemoDataTest extends IntegrationTest {

    @Autowired
    Overview overview;

    @Autowired
    PiiCipher cipher;

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
        List<Long> gridsPerBranch = jdbc.sql("select count(*) from grid group by grid_branch_id")
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
    void units_have_plausible_areas_and_the_developer_still_holds_some() {
        assertThat(jdbc.sql("select min(coalesce(register_area, survey_area, contract_area)) from unit")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5_000L);
        assertThat(jdbc.sql("select max(coalesce(register_area, survey_area, contract_area)) from unit")
                .query(Long.class).single()).isLessThanOrEqualTo(16_000L);
        assertThat(jdbc.sql("select count(*) from unit where developer_held").query(Long.class).single())
                .isPositive();
    }
}
