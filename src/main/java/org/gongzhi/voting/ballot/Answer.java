package org.gongzhi.voting.ballot;

/** A ballot's answer to a yes-or-no matter; an abstention takes part but does not agree. */
public enum Answer {
    AGREE, DISAGREE, ABSTAIN
}
