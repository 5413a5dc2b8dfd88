package org.gongzhi.voting;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.SecondFactor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectorateEntry;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectoratePage;
import org.gongzhi.voting.electorate.ElectorateQueries;
import org.gongzhi.voting.internal.RecountBundle;
import org.gongzhi.voting.tally.Recount;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.Votes;

/**
 * Auditing a vote: its frozen electorate (业主名册) for those who run it, each voter's own entry for themselves, the
 * export, and a recount anyone entitled can run. Every export and recount is in the audit trail, and a recount that
 * disagrees with the stored tally is an alarm there.
 */
@Service
public class ElectorateAudit {

    public static final int PAGE_SIZE = 50;

    private final Voting voting;
    private final SecondFactor secondFactor;
    private final VotingPermissions permissions;
    private final ElectorateQueries electorate;
    private final Ballots ballots;
    private final Votes votes;
    private final AuditTrail audit;

    ElectorateAudit(Voting voting, VotingPermissions permissions, ElectorateQueries electorate, Ballots ballots,
            Votes votes, AuditTrail audit, SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.voting = voting;
        this.permissions = permissions;
        this.electorate = electorate;
        this.ballots = ballots;
        this.votes = votes;
        this.audit = audit;
    }

    /** Whether the actor may read the whole electorate: whoever runs the vote (the RC, the zone's OC members). */
    public boolean mayInspect(Actor actor, Vote vote) {
        return permissions.mayManage(actor, vote);
    }

    /**
     * A page of the electorate for those who may inspect it, filtered by building number; for anyone else their own
     * entries only (none for a resident who is not an elector), whatever they ask for.
     */
    public ElectoratePage page(Actor actor, long voteId, Integer building, int page) {
        Vote vote = voting.visible(actor, voteId);
        if (mayInspect(actor, vote)) {
            return electorate.page(vote.communityId(), vote.id(), building, Math.max(0, page), PAGE_SIZE);
        }
        List<ElectorateEntry> own = actor.residentId() == null ? List.of()
                : electorate.ofResident(vote.communityId(), vote.id(), actor.residentId());
        return new ElectoratePage(own, 0, PAGE_SIZE, own.size(), electorate.total(vote.communityId(), vote.id()));
    }

    /** The whole electorate for the export; recorded in the audit trail. */
    @Transactional
    public List<ElectorateEntry> export(Actor actor, long voteId) {
        Vote vote = inspected(actor, voteId);
        secondFactor.requireForPersonalData();
        List<ElectorateEntry> entries = electorate.all(vote.communityId(), vote.id());
        audit.record(vote.communityId(), "VOTE_ELECTORATE_EXPORT", Voting.SUBJECT, vote.id(),
                entries.size() + " entries");
        return entries;
    }

    /**
     * Counts a closed vote again from the frozen electorate and the stored ballots, and sets it beside the stored
     * tally; for those who run the vote and for its own electors. A difference is recorded as an alarm.
     */
    @Transactional
    public Recount recount(Actor actor, long voteId) {
        Vote vote = voting.visible(actor, voteId);
        Permissions.require(mayInspect(actor, vote) || actor.residentId() != null
                && !electorate.ofResident(vote.communityId(), vote.id(), actor.residentId()).isEmpty());
        if (!vote.state().closed()) {
            throw new Refused("vote.refused.recountOpen", "only a closed vote has a tally to recount");
        }
        Recount recount = Recount.of(vote.setUp(), votes.storedTally(vote).orElseThrow(),
                electorate.areas(vote.communityId(), vote.id()), ballots.counted(vote.communityId(), vote.id()), ballots.delivered(vote.communityId(), vote.id()));
        audit.record(vote.communityId(), recount.agrees() ? "VOTE_RECOUNT" : "VOTE_RECOUNT_MISMATCH", Voting.SUBJECT,
                vote.id(), recount.agrees() ? "agrees with the stored tally"
                        : recount.differences().stream().map(d -> d.figure() + " " + d.stored() + " ≠ " + d.recounted())
                                .collect(Collectors.joining("; ")));
        return recount;
    }

    /**
     * The recount bundle of a closed vote (docs/recount-bundle.md) for those who may inspect its electorate: the roll
     * without names, the ballots by roll number, the rules and the stored tally. Recorded in the audit trail.
     */
    @Transactional
    public byte[] bundle(Actor actor, long voteId) {
        Vote vote = inspected(actor, voteId);
        if (!vote.state().closed()) {
            throw new Refused("vote.refused.recountOpen", "only a closed vote has a tally to recount");
        }
        List<ElectorateEntry> entries = electorate.all(vote.communityId(), vote.id());
        byte[] zip = RecountBundle.zip(vote, entries, ballots.counted(vote.communityId(), vote.id()), ballots.delivered(vote.communityId(), vote.id()),
                votes.storedTally(vote).orElseThrow());
        audit.record(vote.communityId(), "VOTE_RECOUNT_BUNDLE", Voting.SUBJECT, vote.id(), entries.size() + " entries");
        return zip;
    }

    /** The vote, when the actor may inspect its electorate; otherwise 403 (they may see the vote itself). */
    private Vote inspected(Actor actor, long voteId) {
        Vote vote = voting.visible(actor, voteId);
        Permissions.require(mayInspect(actor, vote));
        return vote;
    }
}
