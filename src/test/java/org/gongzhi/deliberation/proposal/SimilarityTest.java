package org.gongzhi.deliberation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles are compared by their significant two-character words, with no Spring. */
class SimilarityTest {

    @Test
    void chinese_titles_are_cut_into_overlapping_two_character_words_without_punctuation_or_filler() {
        assertThat(TitleSimilarity.words("禁止投喂天鹅，设置告示牌"))
                .containsExactly("禁止", "止投", "投喂", "喂天", "天鹅", "设置", "置告", "告示", "示牌");
        assertThat(TitleSimilarity.words("希望小区改造")).containsExactly("望小", "区改", "改造");
    }

    @Test
    void latin_letters_and_digits_are_whole_words_and_single_characters_are_no_words() {
        assertThat(TitleSimilarity.words("5号楼 WiFi 信号差")).containsExactly("wifi", "信号", "号差");
        assertThat(TitleSimilarity.words("湖")).isEmpty();
        assertThat(TitleSimilarity.words(null)).isEmpty();
    }

    @Test
    void sharing_two_words_makes_titles_alike() {
        TitleSimilarity.Resemblance r = TitleSimilarity.compare("天鹅湖有人投喂天鹅", "禁止投喂天鹅，设置告示牌和投喂点");
        assertThat(r.sharedWords()).containsExactly("天鹅", "投喂", "喂天");
        assertThat(r.dice()).isEqualTo(2.0 * 3 / (7 + 12));
        assertThat(r.alike()).isTrue();
    }

    @Test
    void one_shared_word_is_enough_only_when_it_is_a_large_part_of_both_titles() {
        assertThat(TitleSimilarity.compare("天鹅", "天鹅湖").alike()).isTrue();
        assertThat(TitleSimilarity.compare("球场", "众筹改造篮球场").alike()).isFalse();
        assertThat(TitleSimilarity.compare("中心花园设施老旧，希望改造", "篮球场地面开裂，希望众筹改造").alike()).isFalse();
    }

    @Test
    void filler_words_alone_do_not_make_titles_alike() {
        TitleSimilarity.Resemblance r = TitleSimilarity.compare("希望小区建议", "建议小区希望");
        assertThat(r.sharedWords()).isEmpty();
        assertThat(r.alike()).isFalse();
    }

    @Test
    void unrelated_titles_are_not_alike() {
        assertThat(TitleSimilarity.compare("设置宠物便便箱", "地下车库照明不足").alike()).isFalse();
        assertThat(TitleSimilarity.compare("", "").dice()).isZero();
    }
}
