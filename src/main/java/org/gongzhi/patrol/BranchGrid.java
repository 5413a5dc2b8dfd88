package org.gongzhi.patrol;

/** A grid (网格) that a grid branch patrols. */
public record BranchGrid(int number, String name) {
}
