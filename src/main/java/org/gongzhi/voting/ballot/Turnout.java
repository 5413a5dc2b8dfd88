package org.gongzhi.voting.ballot;

import java.util.List;

import org.gongzhi.voting.tally.Measure;

/** Who has voted so far, by building and by grid, in persons and (owners' votes) in area. */
public record Turnout(List<Row> buildings, List<Row> grids) {

    /** One building or grid: its electors and area, and how many of them have voted. */
    public record Row(int number, long persons, long votedPersons, long area, long votedArea) {

        /** Per-mille of persons who voted, rounded down, for a bar on the page. */
        public long personsPerMille() {
            return persons == 0 ? 0 : votedPersons * 1000 / persons;
        }

        public String personsPercent() {
            return Measure.AREA.format(persons == 0 ? 0 : votedPersons * 10_000 / persons);
        }

        public String areaText() {
            return Measure.AREA.format(area);
        }

        public String votedAreaText() {
            return Measure.AREA.format(votedArea);
        }

        public String areaPercent() {
            return Measure.AREA.format(area == 0 ? 0 : votedArea * 10_000 / area);
        }
    }
}
