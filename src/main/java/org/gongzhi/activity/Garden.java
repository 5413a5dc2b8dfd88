package org.gongzhi.activity;

/** A garden of 我的植物邻居, and the renewal project that renewed it where there is one. */
public record Garden(long id, String name, String place, Long renewalProjectId) {
}
