package org.gongzhi.community.resident;

import org.gongzhi.community.Gender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    @Test
    void the_standard_example_number_is_valid_with_check_digit_X() {
        assertThat(IdCardNumber.check("11010519491231002X")).isNull();
        assertThat(IdCardNumber.checkDigit("11010519491231002")).isEqualTo('X');
    }

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, ",
            "110105194912310021, CHECK_DIGIT",
            "11010519491231002, FORMAT",
            "11010519491331002X, BIRTH_DATE",
            "01010519491231002X, FORMAT",
            "1101051949123100ZX, FORMAT",
            "31011719810229001X, BIRTH_DATE"})
    void each_broken_rule_is_named(String number, IdCardNumber.Problem expected) {
        assertThat(IdCardNumber.check(number)).isEqualTo(expected);
    }

    @Test
    void a_lower_case_x_is_accepted_after_normalising() {
        assertThat(IdCardNumber.parse(" 11010519491231002x ")).map(IdCardNumber::value)
                .contains("11010519491231002X");
    }

    @Test
    void birth_date_and_gender_are_read_from_the_number() {
        IdCardNumber id = new IdCardNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.F);
    }

    @Test
    void it_is_masked_to_the_first_six_and_last_four() {
        assertThat(new IdCardNumber("11010519491231002X").masked()).isEqualTo("110105********002X");
        assertThat(new IdCardNumber("11010519491231002X").toString()).doesNotContain("19491231");
    }

    @Test
    void a_songjiang_number_built_with_the_check_digit_is_valid() {
        String first17 = "31011719560312003";
        assertThat(IdCardNumber.parse(first17 + IdCardNumber.checkDigit(first17))).isPresent();
    }
}
