package org.gongzhi.voting;

/** Whose matter a vote decides. */
public enum VoteKind {

    /** An owners' joint decision under 民法典 第278条, counted by persons and floor area. */
    OWNERS,

    /** A resident matter (activity plans, lake rules): residents decide, tenants included. */
    RESIDENTS
}
