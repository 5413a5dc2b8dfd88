package org.gongzhi.voting.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.VotingPermissions;
import org.gongzhi.voting.tally.MatterItem;

/** The owners' committee's calculator: does this vote meet 民法典 第278条, and by what arithmetic. */
@Controller
@RequestMapping("/votes/statutory-check")
class StatutoryCheckController {

    private static final String VIEW = "voting/statutory-check";

    private final VotingPermissions permissions;

    StatutoryCheckController(VotingPermissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping
    String form(Model model) {
        Permissions.require(permissions.canUseTallyCalculator(Permissions.actor()));
        return show(model, StatutoryCheckForm.empty(), List.of());
    }

    /** A calculation changes nothing, so the verdict is rendered straight away rather than redirected to. */
    @PostMapping
    String check(@ModelAttribute("form") StatutoryCheckForm form, Model model) {
        Permissions.require(permissions.canUseTallyCalculator(Permissions.actor()));
        try {
            model.addAttribute("tally", form.input().tally());
            return show(model, form, List.of());
        } catch (InvalidInput e) {
            return show(model, form, e.problems());
        }
    }

    private static String show(Model model, StatutoryCheckForm form, List<Problem> problems) {
        Set<String> invalid = problems.stream().map(Problem::field).collect(Collectors.toSet());
        model.addAttribute("form", form);
        model.addAttribute("matterItems", MatterItem.values());
        model.addAttribute("problems", problems);
        model.addAttribute("invalid", invalid);
        return VIEW;
    }
}
