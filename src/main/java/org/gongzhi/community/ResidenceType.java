package org.gongzhi.community;

/** Why the person lives here: owner of the unit, tenant, or family of an owner or tenant. */
public enum ResidenceType {
    OWNER, TENANT, FAMILY
}
