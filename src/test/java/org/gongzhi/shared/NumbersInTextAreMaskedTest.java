package org.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongzhi.shared.pii.Masking;

/** Phone and ID-card numbers in free text are masked in every way people write them; other figures stay. */
class NumbersInTextAreMaskedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            13812345678                   | 138****5678
            138 1234 5678                 | 138****5678
            138-1234-5678                 | 138****5678
            "138 - 1234 - 5678"           | 138****5678
            138.1234.5678                 | 138****5678
            138　1234　5678                | 138****5678
            138\u00A01234\u00A05678       | 138****5678
            +8613812345678                | 138****5678
            +86 138 1234 5678             | 138****5678
            +86-138-1234-5678             | 138****5678
            0086 13812345678              | 138****5678
            86 13812345678                | 138****5678
            ＋８６ １３８１２３４５６７８     | 138****5678
            １３８１２３４５６７８           | 138****5678
            １３８－１２３４－５６７８         | 138****5678
            １３８ １２３４ ５６７８          | 138****5678
            021-57781234                  | 021****1234
            (021) 5778 1234               | (021****1234
            0571-8888-6666                | 057*****6666
            310117198005120013            | 310117********0013
            31011719800512001X            | 310117********001X
            31011719800512001x            | 310117********001X
            310117 19800512 0013          | 310117********0013
            310117-1980-0512-001X         | 310117********001X
            ３１０１１７１９８００５１２００１Ｘ | 310117********001X
            """)
    void a_number_alone_is_masked(String written, String masked) {
        String text = written.replace("\\u00A0", "\u00A0");
        assertThat(Masking.numbersIn(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"请联系我%s谢谢", "电话：%s。", "有事打 %s ，晚上也行", "(%s)", "业主%s说漏水"})
    void a_number_inside_chinese_text_is_masked_and_the_words_around_it_stay(String sentence) {
        for (String number : new String[] {"13812345678", "+86 138-1234-5678", "１３８１２３４５６７８",
                "310117198005120013"}) {
            String masked = Masking.numbersIn(sentence.formatted(number));
            assertThat(masked).as(number).doesNotContain("1234567", "12345678", "1234-5678", "1234 5678",
                    "１２３４", "19800512");
            assertThat(masked).startsWith(sentence.substring(0, sentence.indexOf('%')));
            assertThat(masked).endsWith(sentence.substring(sentence.indexOf('s') + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-12-04 下午三点", "3 号楼 2 单元 301 室", "面积 120.5 平方米", "工单 #1234567",
            "预算 15000 元", "2026年12月4日 10:30", "第 15 网格 337 个楼道", "学号 20261204"})
    void other_figures_are_left_as_they_are(String text) {
        assertThat(Masking.numbersIn(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", " "})
    void empty_text_stays_empty(String text) {
        assertThat(Masking.numbersIn(text)).isEqualTo(text);
        assertThat(Masking.numbersIn(null)).isNull();
    }
}
