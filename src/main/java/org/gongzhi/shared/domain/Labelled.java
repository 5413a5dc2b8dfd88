package org.gongzhi.shared.domain;

/**
 * An enum whose constants people read. Each constant's label is the message key {@code SimpleName.CONSTANT}
 * (for example {@code ProjectState.IN_PROGRESS}) in every language; a test checks that none is missing.
 */
public interface Labelled {

    String name();

    /** The message key of this constant's label. */
    default String labelKey() {
        return getClass().isEnum() ? getClass().getSimpleName() + "." + name()
                : getClass().getSuperclass().getSimpleName() + "." + name();
    }
}
