package org.gongzhi.voting.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.voting.Voting;

/**
 * 代办录入选票 through the API: {@code POST /api/v1/votes/{id}/ballots/on-behalf} by those who run the vote and may
 * help, for a resident matched by name and address, with their consent.
 */
@RestController
class OnBehalfBallotApiController {

    private final Voting voting;
    private final FormProblems formProblems;

    OnBehalfBallotApiController(Voting voting, FormProblems formProblems) {
        this.voting = voting;
        this.formProblems = formProblems;
    }

    /** The ballot for the resident: 201 with its id and the helper named on it. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/votes/{id}/ballots/on-behalf")
    EnteredOnBehalf enter(@PathVariable long id, @Valid @RequestBody OnBehalfBallotForm form, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(voting.mayEnterFor(actor, voting.visible(actor, id)));
        formProblems.require(fields);
        return new EnteredOnBehalf(voting.enterFor(actor, id, form.whom(), form.entry()), id, actor.displayName());
    }

    /** A ballot entered for a resident (代办): its id to quote, the vote, and the helper named on it. */
    record EnteredOnBehalf(long ballotId, long voteId, String onBehalfBy) {
    }
}
