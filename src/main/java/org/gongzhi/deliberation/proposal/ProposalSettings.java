package org.gongzhi.deliberation.proposal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The support threshold that puts a proposal on the agenda: the community's own, else the configured default. */
@Component
public class ProposalSettings {

    private final Proposals proposals;
    private final int defaultThreshold;

    ProposalSettings(Proposals proposals,
            @Value("${gongzhi.deliberation.agenda-threshold:50}") int defaultThreshold) {
        this.proposals = proposals;
        this.defaultThreshold = defaultThreshold;
    }

    public int agendaThreshold(long communityId) {
        return proposals.agendaThreshold(communityId).orElse(defaultThreshold);
    }
}
