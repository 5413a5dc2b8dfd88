package org.gongzhi.voting.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteQueries.VoteSummary;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.VoteState;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.VotingPermissions;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.ballot.Turnout;
import org.gongzhi.voting.electorate.ElectorateQueries;
import org.gongzhi.voting.internal.NoticePdf;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.VoteRefused;

/** Votes for programs: set up, open, cast and close them; a step or ballot the vote does not allow is a 409. */
@RestController
@RequestMapping("/api/v1/votes")
class VoteApiController {

    private final Voting voting;
    private final VoteQueries queries;
    private final VotingPermissions permissions;
    private final VoteTexts texts;
    private final VoteViews views;
    private final ElectorateQueries electorate;
    private final FormProblems formProblems;
    private final Clock clock;

    VoteApiController(Voting voting, VoteQueries queries, VotingPermissions permissions, VoteTexts texts,
            VoteViews views, ElectorateQueries electorate, FormProblems formProblems, Clock clock) {
        this.formProblems = formProblems;
        this.clock = clock;
        this.electorate = electorate;
        this.voting = voting;
        this.queries = queries;
        this.permissions = permissions;
        this.texts = texts;
        this.views = views;
    }

    @GetMapping
    List<VoteSummary> list() {
        Actor actor = Permissions.actor();
        return queries.list(Permissions.community(), permissions.mayCreateVotes(actor));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<VoteViews.VoteDetails> create(@Valid @RequestBody VoteRequest request, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayCreateVotes(actor));
        formProblems.require(fields, () -> request.draft().check(OffsetDateTime.now(clock)));
        long id = voting.create(actor, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/votes/" + id)).body(get(id));
    }

    @GetMapping("/{id}")
    VoteViews.VoteDetails get(@PathVariable long id) {
        Actor actor = Permissions.actor();
        return views.details(actor, voting.visible(actor, id));
    }

    @PostMapping("/{id}/open")
    VoteViews.VoteDetails open(@PathVariable long id) {
        voting.open(Permissions.actor(), id);
        return get(id);
    }

    /** Closes the vote; before its closing time only with hidden results and a reason ({"reason": "..."}). */
    @PostMapping("/{id}/close")
    VoteViews.VoteDetails close(@PathVariable long id, @RequestBody(required = false) CloseRequest request) {
        voting.close(Permissions.actor(), id, request == null ? null : request.reason());
        return get(id);
    }

    /** Moves the closing time of a vote not yet closed: later only once it is open, with a reason. */
    @PostMapping("/{id}/closing")
    VoteViews.VoteDetails extend(@PathVariable long id, @RequestBody ClosingRequest request) {
        voting.extend(Permissions.actor(), id, VoteTimes.parse("closesAt", request.closesAt()), request.reason());
        return get(id);
    }

    @PostMapping("/{id}/publish")
    VoteViews.VoteDetails publish(@PathVariable long id) {
        voting.publish(Permissions.actor(), id);
        return get(id);
    }

    /** The caller's own ballot (no channel, or WEB), or one staff enter for an elector, or a staff correction. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/ballots")
    ResponseEntity<BallotReceipt> cast(@PathVariable long id, @RequestBody BallotRequest request) {
        Actor actor = Permissions.actor();
        BallotEntry entry = request.entry();
        long ballot;
        if (request.reason() != null) {
            ballot = voting.correct(actor, id, request.electorIdRequired(), entry, request.reason());
        } else if (entry.channel().staffEntered()) {
            ballot = voting.enter(actor, id, request.electorIdRequired(), entry);
        } else {
            ballot = voting.castOwn(actor, id, entry.answer(), entry.options());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new BallotReceipt(ballot, id));
    }

    @GetMapping("/{id}/tally")
    VoteResult tally(@PathVariable long id) {
        Vote vote = voting.visible(Permissions.actor(), id);
        return voting.result(vote).orElseThrow(() -> new VoteRefused("vote.refused.resultsHidden",
                "the results are hidden until the vote closes"));
    }

    @GetMapping("/{id}/turnout")
    Turnout turnout(@PathVariable long id) {
        Actor actor = Permissions.actor();
        Vote vote = voting.visible(actor, id);
        Permissions.require(permissions.maySeeTurnout(actor));
        if (!permissions.maySeeTurnout(actor, vote)) {
            // another zone's vote: its turnout does not exist for this member
            throw new NotFound("vote " + id);
        }
        return queries.turnout(vote.communityId(), vote.id());
    }

    /** The published notice for everyone; before publication only those who run the vote may preview it. */
    @GetMapping("/{id}/notice.pdf")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        Actor actor = Permissions.actor();
        Vote vote = voting.visible(actor, id);
        if (!vote.state().closed()) {
            throw new VoteRefused("vote.refused.noNotice", "the vote has not closed yet");
        }
        Permissions.require(vote.state() == VoteState.PUBLISHED || permissions.mayManage(actor, vote));
        VoteResult result = voting.result(vote).orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename("vote-" + id + "-notice.pdf")
                        .build().toString())
                .body(NoticePdf.pdf(texts.notice(vote, result, queries.scopePlaces(vote),
                        electorate.buildings(vote.communityId(), vote.id()))));
    }

    /**
     * A vote's set-up as programs send it; scopeIds are building or grid ids, absent flags are false; proposalId
     * names the proposal the vote decides, if any; closesAt is the end of the voting period, ISO-8601 with offset
     * ("2026-12-05T18:00:00+08:00") or local Shanghai time ("2026-12-05T18:00").
     */
    record VoteRequest(@NotNull VoteKind kind, @NotBlank @Size(max = VoteDraft.MAX_TITLE) String title,
            @Size(max = VoteDraft.MAX_DESCRIPTION) String description, Integer matterItem, ElectorBasis basis,
            ChoiceType choiceType, Integer maxChoices, List<String> options, Integer passPerMille,
            Comparison passComparison, Integer turnoutPerMille, VoteScope.Kind scopeKind, Set<Long> scopeIds,
            Boolean includeParking, Boolean silenceClause, Boolean resultsHidden, Long proposalId, String closesAt) {

        VoteDraft draft() {
            return new VoteDraft(kind, title, description, matterItem, basis, choiceType, maxChoices, options,
                    passPerMille, passComparison, turnoutPerMille, scopeKind, scopeIds, Boolean.TRUE.equals(includeParking),
                    Boolean.TRUE.equals(silenceClause), Boolean.TRUE.equals(resultsHidden), proposalId,
                    VoteTimes.parse("closesAt", closesAt));
        }
    }

    /** Why a vote is closed before its closing time. */
    record CloseRequest(String reason) {
    }

    /** A new closing time, as in {@link VoteRequest}, and why it moves. */
    record ClosingRequest(String closesAt, String reason) {
    }

    /** A ballot as programs send it; electorId only for staff-entered ballots and corrections. */
    record BallotRequest(Long electorId, Answer answer, Set<Integer> options, BallotChannel channel, String evidence,
            String proxyName, String authorisationRef, String reason) {

        BallotEntry entry() {
            return new BallotEntry(answer, options, channel, evidence, proxyName, authorisationRef);
        }

        long electorIdRequired() {
            if (electorId == null) {
                throw InvalidInput.of("electorId", "validation.required");
            }
            return electorId;
        }
    }

    /** The ballot's id, to quote when it needs correcting. */
    record BallotReceipt(long ballotId, long voteId) {
    }
}
