package org.gongzhi.deliberation.web;

import java.net.URI;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.identity.ConsentMethod;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/**
 * 代办提议: staff and verified volunteers raise a proposal for a resident without a phone, with the resident's
 * consent (the page; {@link OnBehalfProposalApiController} is the API).
 */
@Controller
class OnBehalfProposalController {

    private final ProposalHandling proposals;
    private final FormProblems formProblems;

    OnBehalfProposalController(ProposalHandling proposals, FormProblems formProblems) {
        this.proposals = proposals;
        this.formProblems = formProblems;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", ProposalCategory.values());
        model.addAttribute("consents", ConsentMethod.values());
    }

    @GetMapping("/proposals/raise-for")
    String start(Model model) {
        Permissions.require(proposals.mayHelp(Permissions.actor()));
        model.addAttribute("form", OnBehalfProposalForm.empty());
        return "deliberation/raise-for";
    }

    @PostMapping("/proposals/raise-for")
    String submit(@Valid @ModelAttribute("form") OnBehalfProposalForm form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(proposals.mayHelp(actor));
        try {
            formProblems.require(fields);
            long id = raise(actor, form);
            redirect.addFlashAttribute("flash", "proposal.onBehalf.done");
            return "redirect:/proposals/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "deliberation/raise-for";
        }
    }

    private long raise(Actor actor, OnBehalfProposalForm form) {
        return proposals.raiseFor(actor, form.whom(), form.content(), form.where());
    }
}
