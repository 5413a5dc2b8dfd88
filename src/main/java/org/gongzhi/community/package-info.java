/**
 * The community register: zones, buildings, stairwells, units and their owners, households and residents,
 * grids and the four-level Party organisation that serves them.
 */
@ApplicationModule(allowedDependencies = {"shared", "privacy"})
package org.gongzhi.community;

import org.springframework.modulith.ApplicationModule;
