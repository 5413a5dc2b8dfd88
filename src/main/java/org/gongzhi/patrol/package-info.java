/**
 * Monthly grid patrols: the schedule and its calendar, patrol days with their attendance, checks and findings (each
 * filed as a work order of the cases module), and the measures page.
 */
package org.gongzhi.patrol;
