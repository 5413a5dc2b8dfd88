package org.gongzhi.deliberation;

import org.gongzhi.shared.domain.Transition;

/** The steps a proposal takes, each allowed from exactly one state. */
public enum ProposalAction implements Transition<ProposalState> {
    SUBMIT(ProposalState.DRAFT, ProposalState.SUBMITTED, Stage.AUTHOR),
    REJECT(ProposalState.SUBMITTED, ProposalState.REJECTED, Stage.TRIAGE),
    MERGE(ProposalState.SUBMITTED, ProposalState.MERGED, Stage.TRIAGE),
    PUT_ON_AGENDA(ProposalState.SUBMITTED, ProposalState.ON_AGENDA, Stage.TRIAGE),
    DELIBERATE(ProposalState.ON_AGENDA, ProposalState.DELIBERATED, Stage.FOLLOW_UP),
    PUT_ON_NOTICE(ProposalState.DELIBERATED, ProposalState.ON_NOTICE, Stage.FOLLOW_UP),
    OPEN_DECISION(ProposalState.ON_NOTICE, ProposalState.DECIDING, Stage.FOLLOW_UP),
    ADOPT(ProposalState.DECIDING, ProposalState.ADOPTED, Stage.FOLLOW_UP),
    NOT_ADOPT(ProposalState.DECIDING, ProposalState.NOT_ADOPTED, Stage.FOLLOW_UP),
    START_WORK(ProposalState.ADOPTED, ProposalState.IN_PROGRESS, Stage.FOLLOW_UP),
    COMPLETE(ProposalState.IN_PROGRESS, ProposalState.DONE, Stage.FOLLOW_UP);

    /** Who drives a step: the author, the committee's triage, or the committee after the agenda. */
    public enum Stage {
        AUTHOR,
        TRIAGE,
        FOLLOW_UP
    }

    private final ProposalState from;
    private final ProposalState to;
    private final Stage stage;

    ProposalAction(ProposalState from, ProposalState to, Stage stage) {
        this.from = from;
        this.to = to;
        this.stage = stage;
    }

    public ProposalState from() {
        return from;
    }

    public ProposalState to() {
        return to;
    }

    public Stage stage() {
        return stage;
    }
}
