/**
 * 宠邻家: the pet census of the households, dog registration and rabies vaccination with the compliance rules of
 * 上海市养犬管理条例, pet volunteers' door-to-door coverage, the community's 文明养宠公约 signed per household, and the
 * work orders that name a pet.
 */
@ApplicationModule(allowedDependencies = {"shared", "community", "cases", "identity"})
package org.gongzhi.pet;

import org.springframework.modulith.ApplicationModule;
