package org.gongzhi.deliberation.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/** 代办提议 through the API: {@code POST /api/v1/proposals/on-behalf} by staff or a verified volunteer. */
@RestController
class OnBehalfProposalApiController {

    private final ProposalHandling proposals;
    private final FormProblems formProblems;

    OnBehalfProposalApiController(ProposalHandling proposals, FormProblems formProblems) {
        this.proposals = proposals;
        this.formProblems = formProblems;
    }

    /** The proposal for a resident: 201 with its number and who raised it for them. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/proposals/on-behalf")
    ResponseEntity<RaisedOnBehalf> api(@Valid @RequestBody OnBehalfProposalForm form, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(proposals.mayHelp(actor));
        formProblems.require(fields);
        long id = proposals.raiseFor(actor, form.whom(), form.content(), form.where());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id))
                .body(new RaisedOnBehalf(id, actor.displayName()));
    }

    /** A proposal raised for a resident (代办): its number and the helper named on it. */
    record RaisedOnBehalf(long id, String onBehalfBy) {
    }
}
