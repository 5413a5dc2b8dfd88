package org.gongzhi.voting.tally;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongzhi.voting.tally.UnreadableNumber.Reason;

/** The two things every owners' decision counts: owners as persons, and their exclusive floor area. */
public enum Measure {

    /** Whole persons; no community comes near a hundred million owners, which keeps products far from overflow. */
    PERSONS(0, 100_000_000L),

    /** Hundredths of a square metre, up to 10,000 km² (more than Shanghai). */
    AREA(2, Area.MAX_HUNDREDTHS);

    private static final Pattern DECIMAL = Pattern.compile("(-?)(\\d+)(?:\\.(\\d+))?");

    private final int decimals;
    private final long max;

    Measure(int decimals, long max) {
        this.decimals = decimals;
        this.max = max;
    }

    /**
     * Reads "36000.00", "36000" or "0.5" into whole units of this measure (persons or hundredths of m²); a zero
     * written with a minus sign ("-0.00", as some spreadsheets export it) is zero, any other minus is refused.
     */
    public long parse(String text) {
        Matcher m = DECIMAL.matcher(text.strip());
        if (!m.matches()) {
            throw new UnreadableNumber(Reason.NOT_A_NUMBER);
        }
        String fraction = m.group(3) == null ? "" : m.group(3);
        BigDecimal units = new BigDecimal(m.group(2) + (fraction.isEmpty() ? "" : "." + fraction))
                .movePointRight(decimals);
        if (!m.group(1).isEmpty() && units.signum() != 0) {
            throw new UnreadableNumber(Reason.NEGATIVE);
        }
        if (fraction.length() > decimals) {
            throw new UnreadableNumber(Reason.TOO_MANY_DECIMALS);
        }
        if (units.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new UnreadableNumber(Reason.TOO_LARGE);
        }
        return units.longValueExact();
    }

    /** The message key that tells a person why their text is not a figure of this measure. */
    public String problemCode(Reason reason) {
        return "voting.validation." + name() + "." + reason;
    }

    /** Writes whole units back as a person would: 268, or 36000.00 for an area. */
    public String format(long units) {
        return BigDecimal.valueOf(units, decimals).toPlainString();
    }
}
