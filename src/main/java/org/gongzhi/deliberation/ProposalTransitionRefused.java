package org.gongzhi.deliberation;

import java.util.Arrays;

/**
 * A step a proposal does not allow now. The code and arguments (enum constants) name the message shown to
 * people; the exception message is the same in plain English for logs.
 */
public class ProposalTransitionRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ProposalTransitionRefused(String code, String english, Object... args) {
        super(english);
        this.code = code;
        this.args = args.clone();
    }

    static ProposalTransitionRefused wrongState(ProposalAction action, ProposalState state) {
        return new ProposalTransitionRefused("proposal.refused.state",
                "cannot " + action + " a proposal that is " + state, action, state);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
