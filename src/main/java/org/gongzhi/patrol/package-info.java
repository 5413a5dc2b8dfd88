/**
 * Monthly grid patrols: the schedule and its calendar, patrol days with their attendance, checks and findings (each
 * filed as a work order of the cases module), and the measures page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"cases", "community", "identity", "shared"})
package org.gongzhi.patrol;
