package org.gongzhi.voting.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteState;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.VotingPermissions;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.ballot.CanvassStatus;
import org.gongzhi.voting.ballot.Canvassing;
import org.gongzhi.voting.ballot.UnitAddress;
import org.gongzhi.voting.electorate.Electorates;
import org.gongzhi.voting.tally.Measure;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.VoteAction;

/**
 * Running one vote: open, close and publish it; find an elector by address (12-2-301) to enter a paper, proxy or
 * door-to-door ballot, record delivery or canvassing; follow the turnout by building and grid.
 */
@Controller
@RequestMapping("/votes/{id}/manage")
class VoteManageController {

    private final Voting voting;
    private final Canvassing canvassing;
    private final Electorates electorates;
    private final Ballots ballots;
    private final VoteQueries queries;
    private final VotingPermissions permissions;
    private final VoteViews views;
    private final PostRedirectGet prg;

    VoteManageController(Voting voting, Canvassing canvassing, Electorates electorates, Ballots ballots,
            VoteQueries queries, VotingPermissions permissions, VoteViews views, PostRedirectGet prg) {
        this.voting = voting;
        this.canvassing = canvassing;
        this.electorates = electorates;
        this.ballots = ballots;
        this.queries = queries;
        this.permissions = permissions;
        this.views = views;
        this.prg = prg;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(required = false) String address, Model model) {
        Actor actor = Permissions.actor();
        Vote vote = voting.visible(actor, id);
        Permissions.require(permissions.mayManage(actor, vote));
        model.addAttribute("vote", views.details(actor, vote));
        model.addAttribute("closesAtInput", VoteTimes.input(vote.closesAt()));
        model.addAttribute("result", voting.result(vote).orElse(null));
        model.addAttribute("channels", List.of(BallotChannel.PAPER, BallotChannel.PROXY, BallotChannel.DOOR_TO_DOOR));
        model.addAttribute("canvassStatuses", List.of(CanvassStatus.CONTACTED, CanvassStatus.REFUSED,
                CanvassStatus.UNREACHABLE));
        model.addAttribute("address", address);
        model.addAttribute("canEnterFor", voting.mayEnterFor(actor, vote));
        model.addAttribute("answers", Answer.values());
        if (vote.state() != VoteState.DRAFT) {
            model.addAttribute("turnout", queries.turnout(vote.communityId(), id));
        }
        Optional<UnitAddress> unit = UnitAddress.parse(address);
        if (address != null && unit.isEmpty()) {
            model.addAttribute("addressInvalid", true);
        }
        unit.ifPresent(a -> {
            model.addAttribute("electors", electorates.at(vote.communityId(), id, a.building(), a.stairwell(), a.room()).stream()
                    .map(e -> new ElectorRow(e, ballots.current(vote.communityId(), id, e.id()).orElse(null))).toList());
            model.addAttribute("canvass", queries.canvass(id, vote.communityId(), a.building(), a.stairwell()));
        });
        return "voting/manage";
    }

    @PostMapping("/{action:open|close|publish}")
    String step(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        VoteAction step = VoteAction.valueOf(action.toUpperCase(Locale.ROOT));
        return attempt(id, null, redirect, "vote.done." + step, () -> {
            Actor actor = Permissions.actor();
            switch (step) {
                case OPEN -> voting.open(actor, id);
                case CLOSE -> voting.close(actor, id, reason);
                case PUBLISH -> voting.publish(actor, id);
            }
        });
    }

    /** A later closing time for the vote, with the reason. */
    @PostMapping("/closing")
    String extend(@PathVariable long id, @RequestParam(required = false) String closesAt,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return attempt(id, null, redirect, "vote.done.extended", () -> voting.extend(Permissions.actor(), id,
                VoteTimes.parse("closesAt", closesAt), reason));
    }

    @PostMapping("/ballots")
    String enter(@PathVariable long id, @ModelAttribute BallotForm form, RedirectAttributes redirect) {
        return attempt(id, form.address(), redirect, form.correction() ? "vote.done.corrected" : "vote.done.entered",
                () -> {
                    Actor actor = Permissions.actor();
                    if (form.correction()) {
                        voting.correct(actor, id, form.electorId(), form.entry(), form.reason());
                    } else {
                        voting.enter(actor, id, form.electorId(), form.entry());
                    }
                });
    }

    @PostMapping("/deliveries")
    String deliver(@PathVariable long id, @RequestParam long electorId, @RequestParam(required = false) String method,
            @RequestParam(required = false) String address, RedirectAttributes redirect) {
        return attempt(id, address, redirect, "vote.done.delivered", () -> voting.deliver(Permissions.actor(), id,
                electorId, null, method == null || method.isBlank() ? null : method.strip()));
    }

    @PostMapping("/canvass")
    String canvass(@PathVariable long id, @RequestParam long unitId, @RequestParam(required = false) CanvassStatus status,
            @RequestParam(required = false) String note, @RequestParam(required = false) String address,
            RedirectAttributes redirect) {
        return attempt(id, address, redirect, "vote.done.canvassed",
                () -> canvassing.record(Permissions.actor(), id, unitId, status, note));
    }

    /** Post/Redirect/Get back to the same address; a refusal or bad input is shown at the top, the input kept. */
    private String attempt(long id, String address, RedirectAttributes redirect, String done, Runnable step) {
        return prg.attempt(UriComponentsBuilder.fromPath("/votes/{id}/manage")
                .queryParamIfPresent("address", Optional.ofNullable(address).filter(a -> !a.isBlank()))
                .buildAndExpand(id).encode().toUriString(), redirect, done, step);
    }

    /** An elector at the address with the ballot that counts for them, if any. */
    record ElectorRow(Electorates.ElectorRef elector, Ballots.CurrentBallot ballot) {

        public String areaText() {
            return Measure.AREA.format(elector.area());
        }
    }
}
