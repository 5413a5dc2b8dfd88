package org.gongzhi.renewal.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.renewal.ProjectAction;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.web.RefusalMessages;

/** A refused project step, or the proposal step it would take, in words naming steps and states by label. */
@Component
class ProjectRefusalMessages {

    private static final Map<Class<?>, String> LABELS = Map.of(ProjectAction.class, "ProjectAction.",
            ProjectState.class, "ProjectState.", ProposalAction.class, "ProposalAction.",
            ProposalState.class, "ProposalState.");

    private final RefusalMessages refusals;

    ProjectRefusalMessages(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    String text(Refused refused) {
        return refusals.text(refused, LABELS);
    }
}
