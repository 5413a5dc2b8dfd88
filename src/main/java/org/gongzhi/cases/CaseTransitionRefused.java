package org.gongzhi.cases;

import org.gongzhi.shared.domain.Refused;

/**
 * A step a work order does not allow in its current state. The code and arguments (enum constants) name the
 * message shown to people; the exception message is the same in plain English for logs.
 */
public class CaseTransitionRefused extends Refused {

    public CaseTransitionRefused(String code, String english, Object... args) {
        super(code, english, args);
    }

    static CaseTransitionRefused wrongState(CaseAction action, CaseState state) {
        return new CaseTransitionRefused("case.refused.state",
                "cannot " + action + " a case that is " + state, action, state);
    }
}
