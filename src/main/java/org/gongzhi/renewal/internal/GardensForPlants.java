package org.gongzhi.renewal.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongzhi.activity.GardenProjects;
import org.gongzhi.renewal.ProjectFilter;
import org.gongzhi.renewal.ProjectKind;
import org.gongzhi.renewal.Projects;

/** Answers 我的植物邻居 with the community's garden projects, as the public board lists them. */
@Component
class GardensForPlants implements GardenProjects {

    private static final int MAX = 200;

    private final Projects projects;

    GardensForPlants(Projects projects) {
        this.projects = projects;
    }

    @Override
    public List<GardenProject> gardens(long communityId) {
        return projects.list(communityId, new ProjectFilter(null, ProjectKind.GARDEN, null), 0, MAX).items().stream()
                .map(p -> new GardenProject(p.id(), p.title(), p.place())).toList();
    }

    @Override
    public Optional<GardenProject> garden(long communityId, long projectId) {
        return gardens(communityId).stream().filter(g -> g.id() == projectId).findFirst();
    }
}
