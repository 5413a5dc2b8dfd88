package org.gongzhi.deliberation.proposal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two titles are, in a way a person can check: Chinese text is cut into overlapping two-character
 * words (bigrams) and Latin letters or digits into whole words; filler words such as 希望 or 小区 are left out.
 * Two titles are alike when they share at least two such words, or one that makes up a large part of both
 * (Dice coefficient 2·shared / (a + b) of at least 0.4).
 */
public final class TitleSimilarity {

    static final double SINGLE_WORD_DICE = 0.4;
    private static final Set<String> FILLER = Set.of("希望", "建议", "小区", "社区", "问题", "我们", "大家", "能否",
            "可以", "一下", "进行", "居民", "关于", "一个", "是否", "需要", "号楼");

    private TitleSimilarity() {
    }

    /** The significant words of a title, in order of first appearance. */
    public static Set<String> words(String title) {
        Set<String> words = new LinkedHashSet<>();
        if (title == null) {
            return words;
        }
        StringBuilder latin = new StringBuilder();
        int previous = -1;
        for (int cp : title.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) && cp < 0x2E80) {
                latin.appendCodePoint(cp);
                previous = -1;
                continue;
            }
            addLatin(latin, words);
            if (isHan(cp)) {
                if (previous != -1) {
                    addWord(new StringBuilder().appendCodePoint(previous).appendCodePoint(cp).toString(), words);
                }
                previous = cp;
            } else {
                previous = -1;
            }
        }
        addLatin(latin, words);
        return words;
    }

    /** The words two titles share and how much of both they make up. */
    public static Resemblance compare(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        List<String> shared = left.stream().filter(right::contains).toList();
        double dice = left.isEmpty() && right.isEmpty() ? 0 : 2.0 * shared.size() / (left.size() + right.size());
        return new Resemblance(shared, dice);
    }

    private static void addLatin(StringBuilder latin, Set<String> words) {
        if (latin.length() >= 2) {
            addWord(latin.toString(), words);
        }
        latin.setLength(0);
    }

    private static void addWord(String word, Set<String> words) {
        if (!FILLER.contains(word)) {
            words.add(word);
        }
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The shared words, in the order of the first title, and the Dice coefficient of the two word sets. */
    public record Resemblance(List<String> sharedWords, double dice) {

        public boolean alike() {
            return sharedWords.size() >= 2 || !sharedWords.isEmpty() && dice >= SINGLE_WORD_DICE;
        }
    }
}
