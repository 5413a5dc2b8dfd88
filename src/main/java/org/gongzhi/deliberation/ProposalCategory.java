package org.gongzhi.deliberation;

/** What a proposal is about. */
public enum ProposalCategory {
    ENVIRONMENT,
    FACILITIES,
    SAFETY,
    PARKING,
    GREENERY,
    PETS,
    ACTIVITIES,
    PROPERTY_MANAGEMENT,
    OTHER
}
