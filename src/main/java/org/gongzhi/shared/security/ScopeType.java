package org.gongzhi.shared.security;

/** The part of the community a role applies to; the scope id names the grid, branch, zone or team. */
public enum ScopeType {
    COMMUNITY,
    GRID,
    BRANCH,
    ZONE,
    TEAM,
    SUBDISTRICT,
    BUILDING
}
