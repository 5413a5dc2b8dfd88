package org.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.pii.PiiCipher;

class MaskingTest {

    @Test
    void phones_show_the_first_three_and_last_four_digits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void id_cards_show_the_first_six_and_last_four() {
        assertThat(Masking.idCard("31011719560312003X")).isEqualTo("310117********003X");
    }

    @Test
    void names_keep_the_surname_and_for_longer_names_the_last_character() {
        assertThat(Masking.name("马文")).isEqualTo("马*");
        assertThat(Masking.name("王晓明")).isEqualTo("王*明");
        assertThat(Masking.name("欧阳晓明")).isEqualTo("欧**明");
        assertThat(Masking.name("王芳、李强")).isEqualTo("王*、李*");
    }

    @Test
    void the_cipher_round_trips_and_never_repeats_a_ciphertext() {
        PiiCipher cipher = new PiiCipher("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "unused");
        String sealed = cipher.encrypt("31011719560312003X");
        assertThat(sealed).doesNotContain("310117");
        assertThat(cipher.decrypt(sealed)).isEqualTo("31011719560312003X");
        assertThat(cipher.encrypt("31011719560312003X")).isNotEqualTo(sealed);
        assertThat(cipher.digest("31011719560312003X")).isEqualTo(cipher.digest("31011719560312003X"));
    }
}
