package org.gongzhi.deliberation.proposal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalState;

/** Proposals in a given state, built through the aggregate's own steps. */
final class ProposalFixtures {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final long COMMUNITY = 1;
    static final long AUTHOR = 100;

    private ProposalFixtures() {
    }

    static Proposal draft(long id) {
        return new Proposal(id, COMMUNITY, AUTHOR, 0,
                ProposalContent.parse("中心花园设施老旧，希望改造", "座椅和凉亭都旧了", "FACILITIES"),
                new ProposalPlace(ProposalPlace.Kind.LANDMARK, "CENTRAL_GARDEN"), ProposalState.DRAFT, null, null,
                null);
    }

    /** A proposal in the given state, as loaded from the store (no pending changes). */
    static Proposal in(ProposalState state) {
        return in(7L, state);
    }

    static Proposal in(long id, ProposalState state) {
        return new Proposal(id, COMMUNITY, AUTHOR, 3,
                ProposalContent.parse("禁止投喂天鹅", "设置告示牌和投喂点", "ENVIRONMENT"),
                new ProposalPlace(ProposalPlace.Kind.LANDMARK, "SWAN_LAKE"), state, null, null, 50);
    }

    /** Takes the one step that leads out of the proposal's state to the given one. */
    static void take(Proposal proposal, ProposalAction action) {
        switch (action) {
            case SUBMIT -> proposal.submit(AUTHOR, 50, AT);
            case REJECT -> proposal.reject("不属于居民自治事项", AT);
            case MERGE -> proposal.mergeInto(in(99L, ProposalState.SUBMITTED), null, AT);
            case PUT_ON_AGENDA -> proposal.putOnAgenda("12月5日 居委会", null, AT);
            default -> proposal.takeStep(action, null, AT);
        }
    }
}
