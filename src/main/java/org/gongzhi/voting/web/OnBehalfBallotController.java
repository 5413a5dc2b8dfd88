package org.gongzhi.voting.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.identity.ConsentMethod;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.vote.Vote;

/**
 * 代办录入选票: those who run a vote and may help enter a paper or door-to-door ballot for a resident who asked them,
 * with the resident's consent (the page; {@link OnBehalfBallotApiController} is the API).
 */
@Controller
class OnBehalfBallotController {

    private final Voting voting;
    private final VoteViews views;
    private final FormProblems formProblems;
    private final PostRedirectGet prg;

    OnBehalfBallotController(Voting voting, VoteViews views, FormProblems formProblems, PostRedirectGet prg) {
        this.voting = voting;
        this.views = views;
        this.formProblems = formProblems;
        this.prg = prg;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("consents", ConsentMethod.values());
        model.addAttribute("channels", List.of(BallotChannel.PAPER, BallotChannel.DOOR_TO_DOOR));
        model.addAttribute("answers", Answer.values());
    }

    @GetMapping("/votes/{id}/manage/enter-for")
    String start(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Vote vote = allowed(actor, id);
        return form(model, actor, vote, OnBehalfBallotForm.empty());
    }

    @PostMapping("/votes/{id}/manage/enter-for")
    String enter(@PathVariable long id, @Valid @ModelAttribute("form") OnBehalfBallotForm form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Vote vote = allowed(actor, id);
        try {
            formProblems.require(fields);
            voting.enterFor(actor, id, form.whom(), form.entry());
            redirect.addFlashAttribute("flash", "vote.done.enteredFor");
            return "redirect:/votes/" + id + "/manage/enter-for";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return form(model, actor, vote, form);
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
            return form(model, actor, vote, form);
        }
    }

    private Vote allowed(Actor actor, long id) {
        Vote vote = voting.visible(actor, id);
        Permissions.require(voting.mayEnterFor(actor, vote));
        return vote;
    }

    private String form(Model model, Actor actor, Vote vote, OnBehalfBallotForm form) {
        model.addAttribute("vote", views.details(actor, vote));
        model.addAttribute("form", form);
        return "voting/enter-for";
    }
}
