package org.gongzhi.voting.ballot;

import java.util.List;

import org.gongzhi.voting.tally.Measure;
import org.gongzhi.voting.tally.Share;
import org.gongzhi.voting.tally.Share.Threshold;

/** Who has voted so far, by building and by grid, in persons and (owners' votes) in area. */
public record Turnout(List<Row> buildings, List<Row> grids) {

    /** One building or grid: its electors and area, and how many of them have voted. */
    public record Row(int number, long persons, long votedPersons, long area, long votedArea) {

        /** Per-mille of persons who voted, rounded down, for a bar on the page. */
        public long personsPerMille() {
            return persons == 0 ? 0 : votedPersons * 1000 / persons;
        }

        /** The share of persons who voted in percent, never shown across {@code threshold} (none: the nearest). */
        public String personsPercent(Threshold threshold) {
            return Share.of(votedPersons, persons).percent(threshold);
        }

        public String areaText() {
            return Measure.AREA.format(area);
        }

        public String votedAreaText() {
            return Measure.AREA.format(votedArea);
        }

        /** The share of the area that voted in percent, never shown across {@code threshold} (none: the nearest). */
        public String areaPercent(Threshold threshold) {
            return Share.of(votedArea, area).percent(threshold);
        }
    }
}
