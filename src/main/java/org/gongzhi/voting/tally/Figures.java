package org.gongzhi.voting.tally;

/** A count of voters and the floor area they hold (hundredths of m²; zero for resident votes). */
public record Figures(long persons, long area) {

    public static final Figures NONE = new Figures(0, 0);

    public Figures plus(Figures other) {
        return new Figures(Math.addExact(persons, other.persons), Math.addExact(area, other.area));
    }

    /** The area in m² with two decimals. */
    public String areaText() {
        return Measure.AREA.format(area);
    }

    /** More persons, or as many persons and more area. */
    public boolean outweighs(Figures other) {
        return persons != other.persons ? persons > other.persons : area > other.area;
    }
}
