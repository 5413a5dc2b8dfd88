package org.gongzhi.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.identity.factor.SecondFactors.SecondFactorEnrolment;
import org.gongzhi.identity.factor.SecondFactors.SecondFactorStatus;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * The caller's own second factor: whether it is on, enrolling (a secret and its {@code otpauth://} address, in force
 * once confirmed with a code), new recovery codes, turning it off.
 */
@RestController
@RequestMapping("/api/v1/me/second-factor")
class SecondFactorApiController {

    private final SecondFactors factors;

    SecondFactorApiController(SecondFactors factors) {
        this.factors = factors;
    }

    @GetMapping
    SecondFactorStatus status() {
        return factors.status(Permissions.actor().accountId());
    }

    /** Begins (or begins again) setting it up; 409 while it is on. */
    @PostMapping("/enrolment")
    SecondFactorEnrolment enrol() {
        Actor actor = Permissions.actor();
        return factors.start(actor.accountId(), actor.username());
    }

    /** Confirms the enrolment with a current code; answers the ten recovery codes, this once. */
    @PostMapping("/confirm")
    RecoveryCodes confirm(@RequestBody SecondFactorCode body) {
        return new RecoveryCodes(factors.confirm(Permissions.actor().accountId(), body == null ? null : body.code()));
    }

    /** New recovery codes for a current code; the old ones stop working. */
    @PostMapping("/recovery-codes")
    RecoveryCodes recoveryCodes(@RequestBody SecondFactorCode body) {
        return new RecoveryCodes(factors.regenerateRecoveryCodes(Permissions.actor().accountId(),
                body == null ? null : body.code()));
    }

    /** Turns it off, for a current code or the account's password. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/disable")
    void disable(@RequestBody SecondFactorOff body) {
        factors.disable(Permissions.actor().accountId(), body == null ? null : body.code(),
                body == null ? null : body.password());
    }

    record SecondFactorCode(String code) {
    }

    record SecondFactorOff(String code, String password) {
    }

    record RecoveryCodes(List<String> codes) {
    }
}
