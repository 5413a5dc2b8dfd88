package org.gongzhi.community.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.community.resident.CorrectionField;
import org.gongzhi.community.resident.CorrectionRequests;
import org.gongzhi.shared.security.Permissions;

/** Correction requests for programs: a resident's own, and the committee's list to resolve. */
@RestController
class CorrectionRequestApiController {

    private final CorrectionRequests requests;

    CorrectionRequestApiController(CorrectionRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/v1/me/corrections")
    List<CorrectionRequests.RegisterCorrectionRequest> mine() {
        return requests.mine(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/me/corrections")
    ResponseEntity<CorrectionAsked> ask(@Valid @RequestBody CorrectionAsk ask) {
        long id = requests.ask(Permissions.actor(), ask.field(), ask.value(), ask.reason());
        return ResponseEntity.created(URI.create("/api/v1/me/corrections")).body(new CorrectionAsked(id));
    }

    @GetMapping("/api/v1/residents/corrections")
    List<CorrectionRequests.RegisterCorrectionRequest> forStaff() {
        return requests.forStaff(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/api/v1/residents/corrections/{id}/accept")
    void accept(@PathVariable long id) {
        requests.accept(Permissions.actor(), id);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/api/v1/residents/corrections/{id}/decline")
    void decline(@PathVariable long id, @Valid @RequestBody CorrectionDecline decline) {
        requests.decline(Permissions.actor(), id, decline.reason());
    }

    /** What the resident wants corrected, to what, and why. */
    record CorrectionAsk(@NotNull CorrectionField field, @NotBlank @Size(max = CorrectionRequests.MAX_VALUE) String value,
            @NotBlank @Size(max = CorrectionRequests.MAX_REASON) String reason) {
    }

    /** The new request's number. */
    record CorrectionAsked(long id) {
    }

    /** Why staff declined. */
    record CorrectionDecline(@NotBlank @Size(max = CorrectionRequests.MAX_REASON) String reason) {
    }
}
