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
    void names_keep_the_first_character_and_star_the_rest() {
        assertThat(Masking.name("马文")).isEqualTo("马*");
        assertThat(Masking.name("王晓明")).isEqualTo("王**");
        assertThat(Masking.name(" 欧阳娜娜 ")).isEqualTo("欧***");
        assertThat(Masking.name("𠮷祥")).isEqualTo("𠮷*");
        assertThat(Masking.name("王芳、李强")).isEqualTo("王*、李*");
    }

    @Test
    void a_one_character_name_is_hidden_whole() {
        assertThat(Masking.name("王")).isEqualTo("*");
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
