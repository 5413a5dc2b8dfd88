/**
 * A person's own data (个人信息保护法, articles 45 and 46): the copy of everything the platform keeps about them,
 * gathered from each module through {@link org.gongzhi.privacy.PersonalDataSource}, which the modules implement.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.gongzhi.privacy;

import org.springframework.modulith.ApplicationModule;
