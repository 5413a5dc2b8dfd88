package org.gongzhi.deliberation;

/** Public places of the estate a proposal can be about. */
public enum ProposalLandmark {
    SWAN_LAKE,
    CENTRAL_GARDEN,
    BASKETBALL_COURT,
    SOUTH_GATE,
    NORTH_GATE
}
