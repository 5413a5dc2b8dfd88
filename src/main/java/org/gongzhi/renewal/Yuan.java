package org.gongzhi.renewal;

import java.util.Locale;

/** Fen written as yuan for people, with thousands grouped: 238000000 → "2,380,000.00". */
public final class Yuan {

    private Yuan() {
    }

    public static String of(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
    }
}
