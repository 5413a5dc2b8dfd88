package org.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;

class MoneyTest {

    @Test
    void yuan_are_parsed_strictly_into_fen() {
        assertThat(Money.fen("12345.67", "cost")).isEqualTo(1_234_567L);
        assertThat(Money.fen("12345.6", "cost")).isEqualTo(1_234_560L);
        assertThat(Money.fen(" 100 ", "cost")).isEqualTo(10_000L);
        assertThat(Money.fen("0.05", "cost")).isEqualTo(5L);
        for (String bad : List.of("12,345.67", "12345.678", "-1", "1e3", "¥100", "01", ".5", "12345.", "abc",
                "9999999999999")) {
            assertThatThrownBy(() -> Money.fen(bad, "cost")).as(bad).isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> Money.fen(" ", "cost")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void fen_are_written_as_yuan_to_type_and_to_read() {
        assertThat(Money.yuan(1_234_567L)).isEqualTo("12345.67");
        assertThat(Money.yuan(5L)).isEqualTo("0.05");
        assertThat(Money.grouped(238_000_000L)).isEqualTo("2,380,000.00");
        assertThat(Money.grouped(5L)).isEqualTo("0.05");
        assertThat(Money.grouped(-100_050L)).isEqualTo("-1,000.50");
    }
}
