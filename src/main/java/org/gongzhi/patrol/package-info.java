/**
 * Monthly grid patrols, their findings, resident reports and the work orders that get problems fixed.
 */
package org.gongzhi.patrol;
