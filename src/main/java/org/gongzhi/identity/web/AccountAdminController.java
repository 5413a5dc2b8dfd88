package org.gongzhi.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

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

import org.gongzhi.identity.membership.AccountPermissions;
import org.gongzhi.identity.membership.HouseholdCodes;
import org.gongzhi.identity.membership.StaffAccounts;
import org.gongzhi.identity.membership.VerificationMethod;
import org.gongzhi.identity.membership.Verifications;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.KeptInput;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/** Account administration pages: find accounts, open staff accounts, lock, unlock, reset, verify, appoint. */
@Controller
class AccountAdminController {

    private static final String ACCOUNTS = "/admin/accounts";

    private final StaffAccounts staff;
    private final Verifications verifications;
    private final HouseholdCodes codes;
    private final AccountPermissions permissions;
    private final FormProblems formProblems;
    private final PostRedirectGet prg;
    private final Clock clock;

    AccountAdminController(StaffAccounts staff, Verifications verifications, HouseholdCodes codes,
            AccountPermissions permissions, FormProblems formProblems, PostRedirectGet prg, Clock clock) {
        this.clock = clock;
        this.permissions = permissions;
        this.staff = staff;
        this.verifications = verifications;
        this.codes = codes;
        this.formProblems = formProblems;
        this.prg = prg;
    }

    @GetMapping(ACCOUNTS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", staff.search(Permissions.actor(), q, PageResult.clampPage(page), 20));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("staffRoles", Role.values());
        model.addAttribute("scopes", ScopeType.values());
        return "identity/admin-accounts";
    }

    @PostMapping(ACCOUNTS)
    String open(@Valid @ModelAttribute MembershipRequests.StaffAccountForm form, BindingResult fields,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        try {
            formProblems.require(fields);
            StaffAccounts.Opened opened = staff.open(actor, form.username().strip(), form.displayName(),
                    Set.of(new RoleGrant(form.role(), form.scopeType(), form.scopeId())));
            redirect.addFlashAttribute("issued", opened.reset());
            redirect.addFlashAttribute("flash", "membership.flash.opened");
            return "redirect:" + ACCOUNTS + "/" + opened.accountId();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
            KeptInput.keep(redirect);
        } catch (Refused e) {
            redirect.addFlashAttribute("refusal", prg.text(e));
        }
        return "redirect:" + ACCOUNTS;
    }

    @GetMapping(ACCOUNTS + "/{id}")
    String account(@PathVariable long id, Model model) {
        model.addAttribute("account", staff.get(Permissions.actor(), id));
        model.addAttribute("verifications", verifications.of(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "identity/admin-account";
    }

    @PostMapping(ACCOUNTS + "/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.locked", () -> staff.lock(Permissions.actor(), id));
    }

    @PostMapping(ACCOUNTS + "/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.deactivated",
                () -> staff.activate(Permissions.actor(), id, false));
    }

    @PostMapping(ACCOUNTS + "/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.activated",
                () -> staff.activate(Permissions.actor(), id, true));
    }

    @PostMapping(ACCOUNTS + "/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.unlocked",
                () -> staff.unlock(Permissions.actor(), id));
    }

    @PostMapping(ACCOUNTS + "/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.factorReset",
                () -> staff.resetSecondFactor(Permissions.actor(), id));
    }

    @PostMapping(ACCOUNTS + "/{id}/password-reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.resetIssued",
                () -> redirect.addFlashAttribute("issued", staff.issueReset(Permissions.actor(), id)));
    }

    @PostMapping(ACCOUNTS + "/{id}/representative")
    String appoint(@PathVariable long id, @Valid @ModelAttribute MembershipRequests.RepresentativeRequest form,
            BindingResult fields, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        // the account first (403 for whoever may not administer accounts, 404 if not of their community), then the form
        staff.get(actor, id);
        return prg.attempt(page(id), redirect, "membership.flash.appointed", () -> {
            formProblems.require(fields);
            staff.appoint(actor, id, form.scopeType(), form.scopeId(), form.termFrom(), form.termUntil());
        });
    }

    @PostMapping(ACCOUNTS + "/{id}/roles/{grant}/end")
    String endTerm(@PathVariable long id, @PathVariable long grant, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.termEnded",
                () -> staff.endTerm(Permissions.actor(), id, grant));
    }

    @PostMapping(ACCOUNTS + "/{id}/owner-verification")
    String verifyOwner(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.owner",
                () -> verifications.verifyOwner(Permissions.actor(), id));
    }

    @PostMapping(ACCOUNTS + "/{id}/verifications/{verification}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long verification, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return prg.attempt(page(id), redirect, "membership.flash.withdrawn",
                () -> verifications.withdraw(Permissions.actor(), id, verification, reason));
    }

    @GetMapping("/admin/joins")
    String joins(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", verifications.pending(Permissions.actor(), PageResult.clampPage(page), 20));
        return "identity/admin-joins";
    }

    @PostMapping("/admin/joins/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) VerificationMethod method,
            RedirectAttributes redirect) {
        return prg.attempt("/admin/joins", redirect, "membership.flash.approved",
                () -> verifications.approve(Permissions.actor(), id, method));
    }

    @PostMapping("/admin/joins/{id}/reject")
    String reject(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/admin/joins", redirect, "membership.flash.rejected",
                () -> verifications.reject(Permissions.actor(), id));
    }

    @PostMapping("/admin/household-codes")
    String issueCode(@Valid @ModelAttribute MembershipRequests.HouseholdCodeRequest form, BindingResult fields,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayAdminister(actor));
        return prg.attempt("/admin/joins", redirect, "membership.flash.codeIssued", () -> {
            formProblems.require(fields);
            redirect.addFlashAttribute("issued", codes.issue(actor, form.address()));
        });
    }

    private static String page(long id) {
        return ACCOUNTS + "/" + id;
    }
}
