package org.gongzhi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.identity.membership.JoinMethod;
import org.gongzhi.identity.membership.Joining;
import org.gongzhi.identity.membership.PasswordResets;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PostRedirectGet;

/** Joining from the phone (or the stairwell's QR card, which fills in the address), and setting a password anew. */
@Controller
class JoinController {

    private final Joining joining;
    private final PasswordResets resets;
    private final RegisterQueries register;
    private final FormProblems formProblems;
    private final PostRedirectGet prg;

    JoinController(Joining joining, PasswordResets resets, RegisterQueries register, FormProblems formProblems,
            PostRedirectGet prg) {
        this.joining = joining;
        this.resets = resets;
        this.register = register;
        this.formProblems = formProblems;
        this.prg = prg;
    }

    @GetMapping("/join")
    String form(@RequestParam(required = false) String stairwell, Model model) {
        var known = stairwell == null ? null : register.firstCommunityId()
                .flatMap(c -> register.stairwell(c, stairwell)).orElse(null);
        model.addAttribute("joinForm", new MembershipRequests.JoinRequest(null, null,
                known == null ? null : known.buildingNumber(), known == null ? null : known.unitNumber(), null, null,
                null, JoinMethod.HOUSEHOLD_CODE, null, null));
        model.addAttribute("methods", JoinMethod.values());
        return "identity/join";
    }

    @PostMapping("/join")
    String join(@Valid @ModelAttribute("joinForm") MembershipRequests.JoinRequest form, BindingResult fields,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            formProblems.require(fields);
            Joining.Joined joined = joining.join(form.input(), request.getRemoteAddr());
            redirect.addFlashAttribute("joined", joined);
            return "redirect:/join/done";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
        }
        model.addAttribute("methods", JoinMethod.values());
        return "identity/join";
    }

    @GetMapping("/join/done")
    String done(Model model) {
        return model.containsAttribute("joined") ? "identity/join-done" : "redirect:/join";
    }

    @GetMapping("/password-reset")
    String resetForm(Model model) {
        model.addAttribute("resetForm", new MembershipRequests.ResetRequest(null, null, null, null));
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String reset(@Valid @ModelAttribute("resetForm") MembershipRequests.ResetRequest form, BindingResult fields,
            Model model, HttpServletRequest request) {
        try {
            formProblems.require(fields);
            resets.redeem(form.username(), form.code(), form.newPassword(), form.confirmPassword(),
                    request.getRemoteAddr());
            return "redirect:/login?reset";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
        }
        model.addAttribute("resetForm", new MembershipRequests.ResetRequest(form.username(), null, null, null));
        return "identity/password-reset";
    }
}
