package org.gongzhi.patrol;

import java.util.Arrays;

/**
 * A step a work order does not allow in its current state. The code and arguments (enum constants) name the
 * message shown to people; the exception message is the same in plain English for logs.
 */
public class CaseTransitionRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public CaseTransitionRefused(String code, String english, Object... args) {
        super(english);
        this.code = code;
        this.args = args.clone();
    }

    static CaseTransitionRefused wrongState(CaseAction action, CaseState state) {
        return new CaseTransitionRefused("case.refused.state",
                "cannot " + action + " a case that is " + state, action, state);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
