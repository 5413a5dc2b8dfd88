/**
 * The home page and read models that show the community at a glance; reads other modules only through their APIs.
 */
@ApplicationModule(allowedDependencies = {"activity", "cases", "community", "deliberation", "notice", "patrol", "pet", "renewal", "voting",
        "volunteer", "shared"})
package org.gongzhi.dashboard;

import org.springframework.modulith.ApplicationModule;
