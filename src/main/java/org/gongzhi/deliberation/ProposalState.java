package org.gongzhi.deliberation;

import org.gongzhi.shared.domain.Labelled;

/** Where a proposal stands on the way from a resident's idea to finished work (民事民决). */
public enum ProposalState implements Labelled {
    DRAFT,
    SUBMITTED,
    REJECTED,
    MERGED,
    ON_AGENDA,
    DELIBERATED,
    ON_NOTICE,
    DECIDING,
    ADOPTED,
    NOT_ADOPTED,
    IN_PROGRESS,
    DONE;

    /** Still open to residents' support: raised and not yet put to the residents' decision. */
    public boolean acceptsSupport() {
        return this == SUBMITTED || this == ON_AGENDA || this == DELIBERATED || this == ON_NOTICE;
    }

    /** Seen by everybody; a draft is seen by its author only. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Still under discussion here; a merged proposal is discussed where it was merged into. */
    public boolean acceptsComments() {
        return isPublic() && this != MERGED;
    }
}
