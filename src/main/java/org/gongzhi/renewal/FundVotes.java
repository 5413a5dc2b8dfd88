package org.gongzhi.renewal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteQueries.VoteSummary;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.VotingFigures;

/**
 * The owners' votes that may fund a maintenance-fund line, read through the voting module's published queries: an
 * owners' vote on using the maintenance fund (民法典 第278条 item 5), counted and passed.
 */
@Component
class FundVotes {

    /** 民法典 第278条 item 5: using the building's maintenance fund. */
    static final int MAINTENANCE_FUND_USE = 5;

    private final VoteQueries votes;
    private final VotingFigures figures;

    FundVotes(VoteQueries votes, VotingFigures figures) {
        this.votes = votes;
        this.figures = figures;
    }

    /** The community's votes that approved using the maintenance fund, newest first. */
    List<VoteSummary> approving(long communityId) {
        Map<Long, String> outcomes = figures.results(communityId).stream()
                .collect(Collectors.toMap(VotingFigures.PublicResult::id, VotingFigures.PublicResult::outcome));
        return votes.list(communityId, false).stream()
                .filter(v -> v.kind() == VoteKind.OWNERS && v.matterItem() != null
                        && v.matterItem() == MAINTENANCE_FUND_USE && v.state().closed()
                        && VoteResult.Outcome.PASSED.name().equals(outcomes.get(v.id())))
                .toList();
    }

    /** The vote, if it approved using the maintenance fund. */
    Optional<VoteSummary> approving(long communityId, long voteId) {
        return approving(communityId).stream().filter(v -> v.id() == voteId).findFirst();
    }

    /** The titles of the community's votes by id, to name them beside the lines. */
    Map<Long, String> titles(long communityId) {
        return votes.list(communityId, false).stream()
                .collect(Collectors.toMap(VoteSummary::id, VoteSummary::title, (a, b) -> a));
    }

    static Function<FundingLine, FundingLine> titling(Map<Long, String> titles) {
        return l -> l.voteId() == null ? l : l.titled(titles.get(l.voteId()));
    }
}
