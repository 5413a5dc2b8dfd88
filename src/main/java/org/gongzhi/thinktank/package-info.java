/**
 * The think tank (社区智囊团): residents register the professions and skills they lend the community; staff find
 * them by text, skill, availability and grid and invite them as advisers to a deliberation meeting or a renewal
 * project; the talent answers and their contribution is recorded.
 */
@ApplicationModule(allowedDependencies = {"shared", "community", "deliberation", "renewal"})
package org.gongzhi.thinktank;

import org.springframework.modulith.ApplicationModule;
