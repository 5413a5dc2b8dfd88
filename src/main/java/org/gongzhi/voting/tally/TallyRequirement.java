package org.gongzhi.voting.tally;

/** The four tests of a statutory tally: quorum and pass, each by headcount and by area. */
public enum TallyRequirement {
    QUORUM_PERSONS(Measure.PERSONS),
    QUORUM_AREA(Measure.AREA),
    PASS_PERSONS(Measure.PERSONS),
    PASS_AREA(Measure.AREA);

    private final Measure measure;

    TallyRequirement(Measure measure) {
        this.measure = measure;
    }

    public Measure measure() {
        return measure;
    }
}
