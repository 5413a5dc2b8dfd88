package org.gongzhi.shared.domain;

/**
 * The requested thing does not exist, or the actor may not see it: both answer alike (404), so that nobody learns
 * what exists by asking.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
