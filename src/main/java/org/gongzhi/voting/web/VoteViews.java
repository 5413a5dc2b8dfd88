package org.gongzhi.voting.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.DecidedProposals;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.StatutoryMajority;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.VoteState;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.VotingPermissions;
import org.gongzhi.voting.ballot.Ballots.CurrentBallot;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.electorate.Electorates.ElectorRef;
import org.gongzhi.voting.tally.MatterClass;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.tally.PassRule;
import org.gongzhi.voting.tally.Share.Threshold;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.VotePeriod;

/** One vote as the viewer sees it: its set-up and state, and whether and how they have voted. */
@Component
class VoteViews {

    private final Voting voting;
    private final Ballots ballots;
    private final VotingPermissions permissions;
    private final Clock clock;
    private final VoteQueries queries;
    private final VoteTexts texts;

    VoteViews(Voting voting, Ballots ballots, VotingPermissions permissions, Clock clock, VoteQueries queries,
            VoteTexts texts) {
        this.queries = queries;
        this.texts = texts;
        this.clock = clock;
        this.voting = voting;
        this.ballots = ballots;
        this.permissions = permissions;
    }

    /**
     * A vote for the viewer; {@code myElectorId} is set when the viewer may vote, {@code myBallot} once they have;
     * {@code proposalId} and {@code proposalTitle} name the proposal the vote decides, if any. {@code closesAt} is
     * the end of the voting period (null for votes set up before periods), {@code closesAtText} the same as people
     * read it (Shanghai time); while the vote is open and its period runs, {@code daysLeft} counts the whole days to
     * the closing day (0: closes today), and {@code periodEnded} says the period is over though the vote is not
     * closed yet; {@code openedAtText} and {@code closedAtText} give the period the vote actually ran.
     * {@code closedEarlyReason} says why the vote was closed before its closing time, if it was.
     * {@code scopeNumbers} are the numbers of the buildings or grids the vote is limited to, {@code scopeText} names
     * them as people read them ("1号楼、2号楼、32号楼").
     */
    record VoteDetails(long id, VoteKind kind, String title, String description, VoteState state, Integer matterItem,
            MatterClass matterClass, ElectorBasis basis, ChoiceType choiceType, int maxChoices, List<String> options,
            PassRule passRule, Integer turnoutPerMille, VoteScope scope, List<Integer> scopeNumbers, String scopeText,
            boolean resultsHidden, boolean silenceClause,
            boolean resultsVisible, boolean mayManage, Long myElectorId, CurrentBallot myBallot, MatterItem item,
            Long proposalId, String proposalTitle, OffsetDateTime closesAt, String closesAtText, Long daysLeft,
            boolean periodEnded, String openedAtText, String closedAtText, String closedEarlyReason) {

        /**
         * The share turnout is read against: the statutory quorum (2/3) for owners, the vote's own turnout for
         * residents (none without one).
         */
        public Threshold turnoutThreshold() {
            return kind == VoteKind.OWNERS ? Threshold.of(StatutoryMajority.QUORUM) : turnoutPerMille == null ? null
                    : Threshold.of(new PassRule(turnoutPerMille, Comparison.AT_LEAST));
        }

        /** The labels of the chosen options (numbered from 1), joined for a sentence. */
        public String labels(Collection<Integer> positions) {
            return positions.stream().sorted().map(p -> options.get(p - 1)).collect(Collectors.joining("、"));
        }
    }

    VoteDetails details(Actor actor, Vote vote) {
        var setUp = vote.setUp();
        ElectorRef mine = voting.ownElector(actor, vote).orElse(null);
        CurrentBallot myBallot = mine == null ? null : ballots.current(vote.communityId(), vote.id(), mine.id()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean open = vote.state() == VoteState.OPEN;
        VoteQueries.ScopePlaces places = queries.scopePlaces(vote);
        return new VoteDetails(vote.id(), vote.kind(), vote.title(), setUp.description(), vote.state(), setUp.matterItem(),
                setUp.item().map(i -> i.matterClass()).orElse(null), setUp.effectiveBasis(), setUp.effectiveChoice(),
                setUp.maxChoices() == null ? 1 : setUp.maxChoices(), vote.options(), setUp.passRule(),
                setUp.turnoutPerMille(), setUp.scope(), places.numbers(), texts.scopeText(places),
                setUp.resultsHidden(), setUp.silenceClause(),
                vote.resultsVisible(), permissions.mayManage(actor, vote), mine == null ? null : mine.id(), myBallot,
                setUp.item().orElse(null), setUp.proposalId(),
                voting.decidedProposal(vote).map(DecidedProposals.Subject::title).orElse(null), vote.closesAt(),
                VoteTimes.shown(vote.closesAt()), daysLeft(vote, now), open && vote.pastClosing(now),
                VoteTimes.shown(vote.openedAt()), VoteTimes.shown(vote.closedAt()),
                voting.earlyCloseReason(vote).orElse(null));
    }

    private static Long daysLeft(Vote vote, OffsetDateTime now) {
        return vote.state() != VoteState.OPEN || vote.closesAt() == null || vote.pastClosing(now) ? null
                : VotePeriod.daysLeft(now, vote.closesAt());
    }
}
