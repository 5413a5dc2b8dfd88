package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongzhi.community.ResidentSearch.Address;
import org.gongzhi.community.ResidentSearch.NamePart;
import org.gongzhi.community.ResidentSearch.Phone;
import org.gongzhi.community.ResidentSearch.PhoneTail;

class ResidentSearchTest {

    private static ResidentSearch.Criterion understood(String q) {
        return new ResidentSearch(q, null, false, 0, 20).criterion();
    }

    @Test
    void four_digits_are_a_phone_tail() {
        assertThat(understood("5678")).isEqualTo(new PhoneTail("5678"));
    }

    @Test
    void eleven_digits_are_a_whole_phone_number() {
        assertThat(understood("13812345678")).isEqualTo(new Phone("13812345678"));
    }

    @Test
    void addresses_are_understood_in_both_notations() {
        assertThat(understood("12-2-301")).isEqualTo(new Address(12, 2, "301"));
        assertThat(understood("12号楼2单元301室")).isEqualTo(new Address(12, 2, "301"));
        assertThat(understood("12号楼")).isEqualTo(new Address(12, null, null));
    }

    @Test
    void anything_else_is_part_of_a_name() {
        assertThat(understood("秀英")).isEqualTo(new NamePart("秀英"));
    }
}
