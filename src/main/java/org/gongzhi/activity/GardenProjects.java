package org.gongzhi.activity;

import java.util.List;
import java.util.Optional;

/**
 * The community's garden renewal projects, for linking a garden of 我的植物邻居 to the project that renewed it. The
 * renewal module answers it; activity asks without knowing renewal.
 */
public interface GardenProjects {

    List<GardenProject> gardens(long communityId);

    Optional<GardenProject> garden(long communityId, long projectId);

    /** A garden project as a plant's page names it, with its public board page at /projects/{id}. */
    record GardenProject(long id, String title, String place) {
    }
}
