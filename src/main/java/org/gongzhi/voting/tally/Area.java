package org.gongzhi.voting.tally;

/** Exclusive floor area (专有部分面积) in hundredths of a square metre, so that tallies stay in integers. */
public record Area(long hundredths) implements Comparable<Area> {

    /** 10,000 km² in hundredths of m²: four times it still fits a {@code long} many times over. */
    public static final long MAX_HUNDREDTHS = 1_000_000_000_000L;

    public Area {
        if (hundredths < 0 || hundredths > MAX_HUNDREDTHS) {
            throw new IllegalArgumentException("area out of range: " + hundredths);
        }
    }

    /** Reads square metres with at most two decimals, e.g. "36000.00", "36000" or "0.5". */
    public static Area parse(String squareMetres) {
        return new Area(Measure.AREA.parse(squareMetres));
    }

    @Override
    public int compareTo(Area other) {
        return Long.compare(hundredths, other.hundredths);
    }

    /** Square metres with two decimals, e.g. "36000.00". */
    @Override
    public String toString() {
        return Measure.AREA.format(hundredths);
    }
}
