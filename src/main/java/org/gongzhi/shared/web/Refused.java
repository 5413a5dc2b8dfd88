package org.gongzhi.shared.web;

import java.util.Arrays;

/**
 * A step the current state does not allow. The code and arguments name the message a person reads (a red box on
 * pages, 409 in the API); the exception message says the same in plain English for logs.
 */
public class Refused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public Refused(String code, String english, Object... args) {
        super(english);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
