package org.gongzhi.shared.domain;

import java.util.Arrays;

/**
 * A step the current state does not allow: the one refusal every module throws. The code and arguments name the
 * message a person reads (a red box on pages, 409 in the API); labelled enum arguments are shown by their labels;
 * the exception message says the same in plain English for logs.
 */
public class Refused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public Refused(String code, String english, Object... args) {
        super(english);
        this.code = code;
        this.args = args.clone();
    }

    /** A step taken from a state it does not leave from, e.g. completing a project that has not started. */
    public static <S extends Enum<S>> Refused wrongState(Transition<S> step, S state) {
        return new Refused("refused.wrongState", "cannot " + step + " from " + state, step, state);
    }

    /** The thing was changed by someone else since the person read it. */
    public static Refused stale() {
        return new Refused("refused.stale", "changed by someone else meanwhile");
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
