package org.gongzhi.voting.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.VotingPermissions;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.Vote;

/** The vote pages for everyone: the list, one vote with the viewer's ballot, and setting up a new vote. */
@Controller
@RequestMapping("/votes")
class VoteController {

    private final Voting voting;
    private final VoteQueries queries;
    private final VotingPermissions permissions;
    private final VoteViews views;
    private final VoteTexts texts;
    private final Clock clock;
    private final FormProblems formProblems;
    private final PostRedirectGet prg;

    VoteController(Voting voting, VoteQueries queries, VotingPermissions permissions, VoteViews views,
            VoteTexts texts, Clock clock, FormProblems formProblems, PostRedirectGet prg) {
        this.prg = prg;
        this.formProblems = formProblems;
        this.clock = clock;
        this.voting = voting;
        this.queries = queries;
        this.permissions = permissions;
        this.views = views;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("votes", queries.list(Permissions.community(), permissions.mayCreateVotes(actor)));
        model.addAttribute("mayCreate", permissions.mayCreateVotes(actor));
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "voting/votes";
    }

    /** The vote; with {@code answer} or {@code option} chosen, the page asks the voter to confirm first. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Answer answer,
            @RequestParam(name = "option", required = false) Set<Integer> options, Model model) {
        Actor actor = Permissions.actor();
        Vote vote = voting.visible(actor, id);
        VoteViews.VoteDetails details = views.details(actor, vote);
        model.addAttribute("vote", details);
        model.addAttribute("result", voting.result(vote).orElse(null));
        boolean chosen = answer != null || options != null && !options.isEmpty();
        if (chosen && details.myElectorId() != null && details.myBallot() == null) {
            try {
                vote.checkChoice(answer, options == null ? Set.of() : options);
                model.addAttribute("confirmAnswer", answer);
                model.addAttribute("confirmOptions", options == null ? List.of() : options.stream().sorted().toList());
            } catch (InvalidInput e) {
                model.addAttribute("problems", e.problems());
            }
        }
        return "voting/vote";
    }

    @PostMapping("/{id}/ballot")
    String cast(@PathVariable long id, @RequestParam(required = false) Answer answer,
            @RequestParam(name = "option", required = false) Set<Integer> options, RedirectAttributes redirect) {
        return prg.attempt("/votes/" + id, redirect, "vote.done.cast",
                () -> voting.castOwn(Permissions.actor(), id, answer, options == null ? Set.of() : options));
    }

    /** The new-vote form; with {@code proposal}, set up to decide that proposal, titled and described from it. */
    @GetMapping("/new")
    String form(@RequestParam(required = false) Long proposal, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayCreateVotes(actor));
        VoteScope.Kind scope = choices(actor).community() ? VoteScope.Kind.COMMUNITY : VoteScope.Kind.BUILDINGS;
        VoteForm form = proposal == null ? VoteForm.empty(scope) : voting.proposalToDecide(actor, proposal)
                .map(p -> VoteForm.deciding(p.id(), p.title(), p.summary(), scope))
                .orElseThrow(() -> new NotFound("proposal " + proposal));
        return showForm(model, form.closingAt(VoteTimes.defaultClosing(OffsetDateTime.now(clock))), List.of());
    }

    /** Saves the draft; anything refused comes back as the same form with the input kept and the reason. */
    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") VoteForm form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayCreateVotes(actor));
        long community = Permissions.community();
        VoteQueries.ScopeChoices choices = choices(actor);
        try {
            Function<Set<Integer>, Set<Long>> scopeIds = numbers -> queries.scopeIds(community,
                    form.scopeKind() == null ? VoteScope.Kind.COMMUNITY : form.scopeKind(), numbers);
            formProblems.require(fields, () -> form.draft(scopeIds, choices).check(OffsetDateTime.now(clock)));
            VoteDraft draft = form.draft(scopeIds, choices);
            if (!permissions.mayManage(actor, community, draft.scope())) {
                model.addAttribute("refusal", texts.outsideZones(choices));
                return showForm(model, form, List.of());
            }
            long id = voting.create(actor, draft);
            redirect.addFlashAttribute("flash", "vote.done.created");
            return "redirect:/votes/" + id + "/manage";
        } catch (InvalidInput e) {
            return showForm(model, form, e.problems());
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
            return showForm(model, form, List.of());
        }
    }

    /** The scopes the actor may give a vote: an owners' committee member's zone only. */
    private VoteQueries.ScopeChoices choices(Actor actor) {
        return queries.scopeChoices(Permissions.community(), permissions.zonesLimiting(actor));
    }

    private String showForm(Model model, VoteForm form, List<InvalidInput.Problem> problems) {
        form.namedProposal().flatMap(id -> voting.proposalToDecide(Permissions.actor(), id))
                .ifPresent(p -> model.addAttribute("proposal", p));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", VoteKind.values());
        model.addAttribute("matterItems", MatterItem.values());
        model.addAttribute("bases", List.of(ElectorBasis.ADULT, ElectorBasis.HOUSEHOLD));
        model.addAttribute("choiceTypes", ChoiceType.values());
        model.addAttribute("scope", choices(Permissions.actor()));
        return "voting/new-vote";
    }
}
