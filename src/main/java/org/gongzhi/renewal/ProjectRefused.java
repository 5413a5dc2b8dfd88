package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Refused;

/** A step a project does not allow now: a red box on its page, 409 in the API. */
public class ProjectRefused extends Refused {

    public ProjectRefused(String code, String english, Object... args) {
        super(code, english, args);
    }

    static ProjectRefused wrongState(ProjectAction action, ProjectState state) {
        return new ProjectRefused("project.refused.state", "cannot " + action + " a project that is " + state,
                action, state);
    }
}
