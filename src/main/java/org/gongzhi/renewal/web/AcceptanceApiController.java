package org.gongzhi.renewal.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.renewal.Acceptance;
import org.gongzhi.renewal.AcceptanceComment;
import org.gongzhi.renewal.AnswerInput;
import org.gongzhi.renewal.ProjectAcceptance;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/**
 * A project's acceptance for programs: the latest round with its counts and rate, and its comments (both public,
 * naming nobody); a resident's answer for their household; staff closing the round after its last day.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/acceptance")
class AcceptanceApiController {

    private final ProjectAcceptance acceptance;
    private final FormProblems formProblems;
    private final PublicBoard board;

    AcceptanceApiController(ProjectAcceptance acceptance, FormProblems formProblems, PublicBoard board) {
        this.acceptance = acceptance;
        this.formProblems = formProblems;
        this.board = board;
    }

    @GetMapping
    Acceptance latest(@PathVariable long id, @RequestParam(required = false) String community) {
        return latestIn(board.community(community), id);
    }

    @GetMapping("/comments")
    PageResult<AcceptanceComment> comments(@PathVariable long id, @RequestParam(required = false) String community,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return acceptance.comments(board.community(community), id, PageResult.clampPage(page),
                PageResult.clampSize(size));
    }

    /** The caller answers for their household: 201 with the round as counted now. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/answers")
    Acceptance answer(@PathVariable long id, @Valid @RequestBody AnswerInput input, BindingResult fields) {
        CampaignChecks.require(formProblems, fields, AnswerInput.class, () -> { });
        Actor actor = Permissions.actor();
        acceptance.answer(actor, id, input);
        return latestIn(actor.communityId(), id);
    }

    @PostMapping("/close")
    Acceptance close(@PathVariable long id) {
        Actor actor = Permissions.actor();
        acceptance.close(actor, id);
        return latestIn(actor.communityId(), id);
    }

    private Acceptance latestIn(long community, long id) {
        return acceptance.latest(community, id).orElseThrow(() -> new NotFound("acceptance of project " + id));
    }
}
