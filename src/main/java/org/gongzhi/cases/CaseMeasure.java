package org.gongzhi.cases;

/**
 * What puts a work order into a period's figures, as SQL on {@code work_order w}: reported in it; deadline in
 * it (due to close), and of those closed, or closed no later than the deadline; first handled in it, and of
 * those reworked at least once; closed (verified) in it, and of those rated by the reporter (1–5), and rated
 * satisfied (4 or 5). The measures page and the case list share these.
 */
public enum CaseMeasure {
    REPORTED(Moment.REPORTED, "1 = 1"),
    DUE(Moment.DUE, "1 = 1"),
    CLOSED_WHEN_DUE(Moment.DUE, "w.state = 'CLOSED'"),
    CLOSED_ON_TIME(Moment.DUE, "w.state = 'CLOSED' and " + Moment.CLOSED_AT + " <= w.deadline"),
    HANDLED(Moment.HANDLED, "1 = 1"),
    REWORKED(Moment.HANDLED, "w.rework_count > 0"),
    CLOSED(Moment.CLOSED, "1 = 1"),
    RATED(Moment.CLOSED, "w.rating is not null"),
    SATISFIED(Moment.CLOSED, "w.rating >= " + CaseMeasure.SATISFIED_FROM);

    /** The lowest rating that counts as satisfied (满意: 4 满意 or 5 非常满意 on the 1–5 scale). */
    public static final int SATISFIED_FROM = 4;

    private final Moment moment;
    private final String condition;

    CaseMeasure(Moment moment, String condition) {
        this.moment = moment;
        this.condition = condition;
    }

    public Moment moment() {
        return moment;
    }

    /** The SQL condition beyond the moment falling in the period. */
    public String condition() {
        return condition;
    }

    /** The moment of a work order that decides which period it counts in. */
    public enum Moment {
        REPORTED("w.reported_at"),
        DUE("w.deadline"),
        HANDLED("(select min(e.occurred_at) from case_event e where e.work_order_id = w.id and e.action = 'HANDLE')"),
        CLOSED(Moment.CLOSED_AT);

        static final String CLOSED_AT = "(select max(e.occurred_at) from case_event e where e.work_order_id = w.id "
                + "and e.action = 'VERIFY_PASS')";

        private final String at;

        Moment(String at) {
            this.at = at;
        }

        /** The SQL expression for the moment. */
        public String at() {
            return at;
        }
    }
}
