package org.gongzhi.deliberation;

import java.util.regex.Pattern;

import org.gongzhi.shared.domain.InvalidInput;

/** A cost in yuan as people write it ("12345.67"), kept as fen in a long; anything else is refused. */
public final class CostEstimate {

    private static final Pattern YUAN = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?");

    private CostEstimate() {
    }

    public static long parseFen(String yuan, String field) {
        if (yuan == null || yuan.isBlank()) {
            throw InvalidInput.of(field, "validation.required");
        }
        String text = yuan.strip();
        if (!YUAN.matcher(text).matches()) {
            throw InvalidInput.of(field, "meeting.validation.cost", text);
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(text) * 100;
        }
        String fraction = (text.substring(dot + 1) + "0").substring(0, 2);
        return Long.parseLong(text.substring(0, dot)) * 100 + Long.parseLong(fraction);
    }

    public static String format(long fen) {
        return (fen / 100) + "." + String.format("%02d", fen % 100);
    }
}
