/**
 * Micro-renewal projects (微更新): the follow-up of an adopted proposal, its progress and its spending against the
 * budget, open for every resident to see.
 */
@ApplicationModule(allowedDependencies = {"shared", "deliberation", "voting", "cases", "community", "activity"})
package org.gongzhi.renewal;

import org.springframework.modulith.ApplicationModule;
