/**
 * The shape in which modules report figures for the dashboard without knowing each other: who took part, counted
 * by stairwell and age band.
 */
package org.gongzhi.shared.figures;
