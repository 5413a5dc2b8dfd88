/**
 * The Aoyuan demo: the register of the seed article and the demo accounts, loaded on first start in demo mode.
 */
@ApplicationModule(allowedDependencies = {"community", "identity", "shared"})
package org.gongzhi.demo;

import org.springframework.modulith.ApplicationModule;
