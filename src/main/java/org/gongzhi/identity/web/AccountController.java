package org.gongzhi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.Sessions;
import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.identity.web.SessionsApiController.OwnSessions;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.SecondFactor;
import org.gongzhi.shared.web.BackLink;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.Preferences;
import org.gongzhi.shared.web.QrSvg;

/** A person's own account: password, care mode and language, where it is signed in and its API tokens. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final FormProblems formProblems;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final SecondFactors factors;

    AccountController(Accounts accounts, FormProblems formProblems, ApiTokens tokens, Sessions sessions,
            SecondFactors factors) {
        this.factors = factors;
        this.accounts = accounts;
        this.formProblems = formProblems;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @GetMapping("/account")
    String account(Model model, HttpServletRequest request) {
        model.addAttribute("passwordForm", new PasswordForm(null, null, null));
        return page(model, request);
    }

    private String page(Model model, HttpServletRequest request) {
        long account = Permissions.actor().accountId();
        model.addAttribute("tokens", tokens.live(account));
        model.addAttribute("sessions", OwnSessions.listed(sessions, account, request));
        model.addAttribute("factor", factors.status(account));
        model.addAttribute("factorPassed", SecondFactor.passed());
        return "identity/account";
    }

    /** Begins setting up the second factor: a new secret, shown on the next page. */
    @PostMapping("/account/second-factor/start")
    String startSecondFactor() {
        Actor actor = Permissions.actor();
        factors.start(actor.accountId(), actor.username());
        return "redirect:/account/second-factor";
    }

    /** The QR code and the secret of the enrolment begun, with the form that confirms it with a code. */
    @GetMapping("/account/second-factor")
    String secondFactor(Model model) {
        Actor actor = Permissions.actor();
        var pending = factors.pending(actor.accountId(), actor.username());
        if (pending.isEmpty()) {
            return "redirect:/account";
        }
        model.addAttribute("enrolment", pending.get());
        model.addAttribute("qr", QrSvg.of(pending.get().otpauthUri()));
        return "identity/second-factor";
    }

    /** A right code turns the factor on; the recovery codes are shown this once. */
    @PostMapping("/account/second-factor/confirm")
    String confirmSecondFactor(@RequestParam(required = false) String code, Model model) {
        Actor actor = Permissions.actor();
        try {
            model.addAttribute("codes", factors.confirm(actor.accountId(), code));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return secondFactor(model);
        }
        model.addAttribute("enabled", true);
        return "identity/recovery-codes";
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String newRecoveryCodes(@RequestParam(required = false) String code, Model model, HttpServletRequest request) {
        try {
            model.addAttribute("codes", factors.regenerateRecoveryCodes(Permissions.actor().accountId(), code));
        } catch (InvalidInput e) {
            model.addAttribute("factorProblems", e.problems());
            model.addAttribute("passwordForm", new PasswordForm(null, null, null));
            return page(model, request);
        }
        model.addAttribute("enabled", false);
        return "identity/recovery-codes";
    }

    /** Turns the factor off with a current code or the password. */
    @PostMapping("/account/second-factor/disable")
    String disableSecondFactor(@RequestParam(required = false) String code,
            @RequestParam(required = false) String password, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            factors.disable(Permissions.actor().accountId(), code, password);
        } catch (InvalidInput e) {
            model.addAttribute("factorProblems", e.problems());
            model.addAttribute("passwordForm", new PasswordForm(null, null, null));
            return page(model, request);
        }
        redirect.addFlashAttribute("flash", "factor.flash.disabled");
        return "redirect:/account";
    }

    /** Ends one of the person's own sessions; ending the one in use signs this browser out. */
    @PostMapping("/account/sessions/{id}/end")
    String endSession(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        if (!sessions.end(Permissions.actor().accountId(), id)) {
            throw new NotFound("session");
        }
        if (OwnSessions.leaveIfCurrent(id, request)) {
            return "redirect:/login?ended";
        }
        redirect.addFlashAttribute("flash", "account.sessions.ended");
        return "redirect:/account";
    }

    @PostMapping("/account/sessions/end-others")
    String endOtherSessions(HttpServletRequest request, RedirectAttributes redirect) {
        sessions.endOthers(Permissions.actor().accountId(), OwnSessions.current(request));
        redirect.addFlashAttribute("flash", "account.sessions.othersEnded");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(Permissions.actor().accountId(), id)) {
            throw new NotFound("token");
        }
        redirect.addFlashAttribute("flash", "membership.flash.tokenRevoked");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult fields, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Actor actor = Permissions.actor();
        try {
            formProblems.require(fields);
            java.time.Instant changed = accounts.changePassword(actor.accountId(), form.currentPassword(),
                    form.newPassword(), form.confirmPassword());
            // this session stays signed in; every other one of the account ends on its next request
            request.getSession().setAttribute(Accounts.SIGNED_IN_AT, changed.toEpochMilli());
            sessions.closeOthers(actor.accountId(), OwnSessions.current(request), Sessions.PASSWORD);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("passwordForm", new PasswordForm(null, null, null));
            return page(model, request);
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/preferences/care-mode")
    String careMode(@RequestParam boolean on, HttpServletRequest request, HttpServletResponse response) {
        Preferences.rememberCareMode(response, on);
        Actor.current().ifPresent(actor -> accounts.rememberCareMode(actor.accountId(), on));
        return back(request);
    }

    @PostMapping("/preferences/language")
    String language(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        String tag = "en".equals(lang) ? "en" : "zh-CN";
        Preferences.rememberLanguage(response, tag);
        Actor.current().ifPresent(actor -> accounts.rememberLanguage(actor.accountId(), tag));
        return back(request);
    }

    private static String back(HttpServletRequest request) {
        return "redirect:" + BackLink.of(request).orElse("/");
    }
}
