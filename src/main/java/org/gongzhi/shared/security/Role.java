package org.gongzhi.shared.security;

/** What a person may do in the community; most roles only apply within a scope. */
public enum Role {
    RESIDENT,
    OWNER,
    PARTY_MEMBER,
    PARTY_GROUP_LEADER,
    GRID_BRANCH_SECRETARY,
    RC_STAFF,
    OC_MEMBER,
    PM_STAFF,
    VOLUNTEER,
    TEAM_LEADER,
    SUBDISTRICT_OFFICER,
    ADMIN,
    /** 居民代表: speaks and signs for the residents of a building or grid during a term. */
    RESIDENT_REPRESENTATIVE
}
