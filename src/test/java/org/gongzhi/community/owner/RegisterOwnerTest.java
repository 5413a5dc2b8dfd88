package org.gongzhi.community.owner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongzhi.community.UnitArea;
import org.gongzhi.community.UnitOwnership.AreaSource;

class RegisterOwnerTest {

    @Test
    void a_unit_votes_with_the_register_area_else_the_survey_else_the_contract() {
        assertThat(new UnitArea(8_850L, 8_900L, 9_000L).source()).isEqualTo(AreaSource.REGISTER);
        UnitArea surveyed = new UnitArea(null, 8_905L, 9_000L);
        assertThat(surveyed.source()).isEqualTo(AreaSource.SURVEY);
        assertThat(surveyed.text()).isEqualTo("89.05");
        assertThat(new UnitArea(null, null, 9_000L).source()).isEqualTo(AreaSource.CONTRACT);
    }
}
