package org.gongzhi.voting;

/** What a ballot asks. Owners' matters are always agree / disagree / abstain. */
public enum ChoiceType {
    AGREE_DISAGREE_ABSTAIN,
    SINGLE,
    MULTIPLE
}
