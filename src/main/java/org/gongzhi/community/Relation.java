package org.gongzhi.community;

/** Relation to the householder (与户主关系). */
public enum Relation {
    HOUSEHOLDER, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, OTHER
}
