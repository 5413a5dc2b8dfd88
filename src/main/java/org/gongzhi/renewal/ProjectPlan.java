package org.gongzhi.renewal;

/** What a project is to do: its title, plan, place, budget in fen, who pays and who does what. */
public record ProjectPlan(String title, String plan, String place, long budgetFen, String fundingSource,
        String responsibilities) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_PLAN = 2000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_FUNDING = 200;
    public static final int MAX_RESPONSIBILITIES = 2000;
}
