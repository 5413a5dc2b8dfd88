package org.gongzhi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.identity.membership.Joining;
import org.gongzhi.identity.membership.PasswordResets;

/** Joining and redeeming a password reset code, for apps; neither needs a signed-in account. */
@RestController
@RequestMapping("/api/v1")
class MembershipApiController {

    private final Joining joining;
    private final PasswordResets resets;

    MembershipApiController(Joining joining, PasswordResets resets) {
        this.joining = joining;
        this.resets = resets;
    }

    /** Joins: {@code VERIFIED} when a household code named the person, else {@code PENDING} for staff to check. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/join")
    Joining.Joined join(@Valid @RequestBody MembershipRequests.JoinRequest request, HttpServletRequest http) {
        return joining.join(request.input(), http.getRemoteAddr());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/password-reset")
    void reset(@Valid @RequestBody MembershipRequests.ResetRequest request, HttpServletRequest http) {
        resets.redeem(request.username(), request.code(), request.newPassword(), request.confirmPassword(),
                http.getRemoteAddr());
    }
}
