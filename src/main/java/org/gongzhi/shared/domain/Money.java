package org.gongzhi.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Money is fen in a {@code long}, never floating point. People write yuan ("12345.67", at most two decimals, no
 * sign, no grouping); anything else is refused naming the field.
 */
public final class Money {

    private static final Pattern YUAN = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?");

    private Money() {
    }

    /** The fen of a yuan amount as typed; blank is an error naming the field. */
    public static long fen(String yuan, String field) {
        if (yuan == null || yuan.isBlank()) {
            throw InvalidInput.of(field, "validation.required");
        }
        String text = yuan.strip();
        if (!YUAN.matcher(text).matches()) {
            throw InvalidInput.of(field, "validation.yuan", text);
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(text) * 100;
        }
        String fraction = (text.substring(dot + 1) + "0").substring(0, 2);
        return Long.parseLong(text.substring(0, dot)) * 100 + Long.parseLong(fraction);
    }

    /** Fen as yuan to type again: 1234567 → "12345.67". */
    public static String yuan(long fen) {
        return (fen / 100) + "." + String.format(Locale.ROOT, "%02d", fen % 100);
    }

    /** Fen as yuan for people to read, thousands grouped: 238000000 → "2,380,000.00". */
    public static String grouped(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
    }
}
