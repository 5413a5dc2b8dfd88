package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;

class CohortTest extends IntegrationTest {

    @Autowired
    OverviewQueries overview;

    @Test
    void cohorts_change_on_the_birthday() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(Cohort.of(LocalDate.of(2008, 11, 28), today)).isEqualTo(Cohort.CHILD);
        assertThat(Cohort.of(LocalDate.of(2008, 11, 27), today)).isEqualTo(Cohort.YOUTH);
        assertThat(Cohort.of(LocalDate.of(1990, 11, 27), today)).isEqualTo(Cohort.MIDDLE_AGED);
        assertThat(Cohort.of(LocalDate.of(1966, 11, 27), today)).isEqualTo(Cohort.ELDERLY);
    }

    @Test
    void the_overview_counts_every_current_resident_in_exactly_one_cohort_and_can_be_asked_often() {
        for (int i = 0; i < 40; i++) {
            CommunityOverview aoyuan = overview.of(1);
            assertThat(aoyuan.cohorts().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(aoyuan.residents());
        }
    }
}
