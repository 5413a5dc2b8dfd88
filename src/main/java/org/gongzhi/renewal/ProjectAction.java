package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Transition;

/** The steps staff take on a project, each allowed from exactly one state. */
public enum ProjectAction implements Transition<ProjectState> {
    START(ProjectState.PLANNED, ProjectState.IN_PROGRESS),
    COMPLETE(ProjectState.IN_PROGRESS, ProjectState.COMPLETED);

    private final ProjectState from;
    private final ProjectState to;

    ProjectAction(ProjectState from, ProjectState to) {
        this.from = from;
        this.to = to;
    }

    public ProjectState from() {
        return from;
    }

    public ProjectState to() {
        return to;
    }
}
