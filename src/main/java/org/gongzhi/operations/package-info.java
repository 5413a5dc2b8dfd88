/**
 * Running the installation: what administrators need to see that nothing between the modules was lost, such as
 * events a module's listener has not taken yet, and their delivery again.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.gongzhi.operations;

import org.springframework.modulith.ApplicationModule;
