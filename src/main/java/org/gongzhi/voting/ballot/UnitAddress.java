package org.gongzhi.voting.ballot;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An address as staff type it from a paper ballot: building-stairwell-room, e.g. 12-2-301. */
public record UnitAddress(int building, int stairwell, String room) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*[-－]\\s*(\\d{1,3})\\s*[-－]\\s*(\\w{1,10})");

    public static Optional<UnitAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        return m.matches() ? Optional.of(new UnitAddress(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3))) : Optional.empty();
    }

    @Override
    public String toString() {
        return building + "-" + stairwell + "-" + room;
    }
}
