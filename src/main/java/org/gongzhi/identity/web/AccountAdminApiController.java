package org.gongzhi.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.identity.membership.HouseholdCodes;
import org.gongzhi.identity.membership.PasswordResets;
import org.gongzhi.identity.membership.StaffAccounts;
import org.gongzhi.identity.membership.Verifications;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** Account administration for programs: the same rules as the pages, for administrators and committee staff. */
@RestController
@RequestMapping("/api/v1")
class AccountAdminApiController {

    private final StaffAccounts staff;
    private final Verifications verifications;
    private final HouseholdCodes codes;

    AccountAdminApiController(StaffAccounts staff, Verifications verifications, HouseholdCodes codes) {
        this.staff = staff;
        this.verifications = verifications;
        this.codes = codes;
    }

    @GetMapping("/accounts")
    AccountPage list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<StaffAccounts.AccountRow> result = staff.search(Permissions.actor(), q, PageResult.clampPage(page),
                PageResult.clampSize(size));
        return new AccountPage(result.items(), result.page(), result.size(), result.total());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/accounts")
    ResponseEntity<StaffAccounts.Opened> open(@Valid @RequestBody MembershipRequests.StaffAccountRequest request) {
        StaffAccounts.Opened opened = staff.open(Permissions.actor(), request.username().strip(),
                request.displayName(), request.roleGrants());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + opened.accountId())).body(opened);
    }

    @GetMapping("/accounts/{id}")
    AccountView get(@PathVariable long id) {
        return new AccountView(staff.get(Permissions.actor(), id), verifications.of(id));
    }

    @PostMapping("/accounts/{id}/lock")
    AccountView lock(@PathVariable long id) {
        staff.lock(Permissions.actor(), id);
        return get(id);
    }

    @PostMapping("/accounts/{id}/deactivate")
    AccountView deactivate(@PathVariable long id) {
        staff.activate(Permissions.actor(), id, false);
        return get(id);
    }

    @PostMapping("/accounts/{id}/activate")
    AccountView activate(@PathVariable long id) {
        staff.activate(Permissions.actor(), id, true);
        return get(id);
    }

    @PostMapping("/accounts/{id}/unlock")
    AccountView unlock(@PathVariable long id) {
        staff.unlock(Permissions.actor(), id);
        return get(id);
    }

    /** Takes away the second factor of someone who lost the phone and the recovery codes; audited. */
    @PostMapping("/accounts/{id}/second-factor/reset")
    AccountView resetSecondFactor(@PathVariable long id) {
        staff.resetSecondFactor(Permissions.actor(), id);
        return get(id);
    }

    /** A one-time code for the person to set a new password with; shown only in this answer. */
    @PostMapping("/accounts/{id}/password-reset")
    PasswordResets.IssuedReset reset(@PathVariable long id) {
        return staff.issueReset(Permissions.actor(), id);
    }

    @PostMapping("/accounts/{id}/representative")
    AccountView appoint(@PathVariable long id, @Valid @RequestBody MembershipRequests.RepresentativeRequest request) {
        staff.appoint(Permissions.actor(), id, request.scopeType(), request.scopeId(), request.termFrom(),
                request.termUntil());
        return get(id);
    }

    @PostMapping("/accounts/{id}/roles/{grant}/end")
    AccountView endTerm(@PathVariable long id, @PathVariable long grant) {
        staff.endTerm(Permissions.actor(), id, grant);
        return get(id);
    }

    @PostMapping("/accounts/{id}/owner-verification")
    AccountView verifyOwner(@PathVariable long id) {
        verifications.verifyOwner(Permissions.actor(), id);
        return get(id);
    }

    @PostMapping("/accounts/{id}/verifications/{verification}/withdraw")
    AccountView withdraw(@PathVariable long id, @PathVariable long verification,
            @Valid @RequestBody MembershipRequests.WithdrawalRequest request) {
        verifications.withdraw(Permissions.actor(), id, verification, request.reason());
        return get(id);
    }

    @GetMapping("/account-joins")
    PendingJoinPage pending(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageResult<Verifications.PendingJoin> result = verifications.pending(Permissions.actor(),
                PageResult.clampPage(page), PageResult.clampSize(size));
        return new PendingJoinPage(result.items(), result.page(), result.size(), result.total());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/account-joins/{id}/approve")
    void approve(@PathVariable long id, @Valid @RequestBody MembershipRequests.ApprovalRequest request) {
        verifications.approve(Permissions.actor(), id, request.method());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/account-joins/{id}/reject")
    void reject(@PathVariable long id) {
        verifications.reject(Permissions.actor(), id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/household-codes")
    HouseholdCodes.IssuedCode issueCode(@Valid @RequestBody MembershipRequests.HouseholdCodeRequest request) {
        return codes.issue(Permissions.actor(), request.address());
    }

    record AccountPage(List<StaffAccounts.AccountRow> items, int page, int size, long total) {
    }

    record PendingJoinPage(List<Verifications.PendingJoin> items, int page, int size, long total) {
    }

    record AccountView(StaffAccounts.AccountDetail account, List<Verifications.Verification> verifications) {
    }
}
