package org.gongzhi.voting.tally;

/** A figure typed by a person that is not a count or area the tally can use, and why. */
public class UnreadableNumber extends IllegalArgumentException {

    private final Reason reason;

    UnreadableNumber(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The first rule the text breaks. */
    public enum Reason {
        NOT_A_NUMBER, NEGATIVE, TOO_MANY_DECIMALS, TOO_LARGE
    }
}
