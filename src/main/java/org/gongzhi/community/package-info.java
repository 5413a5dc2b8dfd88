/**
 * The community register: zones, buildings, stairwells, units and their owners, households and residents,
 * grids and the four-level Party organisation that serves them.
 */
package org.gongzhi.community;
