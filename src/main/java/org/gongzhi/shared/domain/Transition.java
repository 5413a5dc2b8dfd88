package org.gongzhi.shared.domain;

/**
 * A step of a state machine that leaves exactly one state for exactly one other. Every aggregate's steps (a work
 * order's, a proposal's, a vote's, a project's) are enums of this shape, so their tables can be walked by tests
 * and refused in one way.
 */
public interface Transition<S extends Enum<S>> extends Labelled {

    S from();

    S to();

    /** The state this step leads to from {@code current}, or a refusal naming the step and the state. */
    @SuppressWarnings("unchecked")
    default S takeFrom(S current) {
        if (current != from()) {
            throw Refused.wrongState(this, current);
        }
        return to();
    }
}
