package org.gongzhi.community;

/** As recorded on the identity card. */
public enum Gender {
    M, F
}
