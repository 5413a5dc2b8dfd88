package org.gongzhi.renewal.web;

import java.util.List;

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

import org.gongzhi.renewal.CampaignInput;
import org.gongzhi.renewal.CampaignPayment;
import org.gongzhi.renewal.CampaignState;
import org.gongzhi.renewal.CampaignView;
import org.gongzhi.renewal.Crowdfunding;
import org.gongzhi.renewal.LedgerEntry;
import org.gongzhi.renewal.PaymentInput;
import org.gongzhi.renewal.Pledge;
import org.gongzhi.renewal.PledgeWithPayments;
import org.gongzhi.renewal.PledgeInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/**
 * A project's crowdfunding for programs: the campaign and its thermometer, its ledger (pledgers masked or
 * anonymous), a resident's pledge, and for the residents' committee setting it up, the pledges, recording a payment,
 * the payments waiting for a second person, confirming one and closing the campaign after its deadline. Amounts are
 * yuan text in requests and fen in answers.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}")
class CampaignApiController {

    private final Crowdfunding crowdfunding;
    private final FormProblems formProblems;
    private final PublicBoard board;

    CampaignApiController(Crowdfunding crowdfunding, FormProblems formProblems, PublicBoard board) {
        this.board = board;
        this.crowdfunding = crowdfunding;
        this.formProblems = formProblems;
    }

    /** The campaign and its thermometer; public, like the ledger. */
    @GetMapping("/campaign")
    CampaignView campaign(@PathVariable long id, @RequestParam(required = false) String community) {
        return CampaignView.of(crowdfunding.publicOf(board.community(community), id)
                .orElseThrow(() -> new NotFound("campaign of project " + id)));
    }

    private CampaignView campaign(long id) {
        return CampaignView.of(crowdfunding.get(Permissions.actor(), id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campaign")
    CampaignView open(@PathVariable long id, @Valid @RequestBody CampaignInput input, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(crowdfunding.mayRun(actor));
        CampaignChecks.require(formProblems, fields, CampaignInput.class, () -> input.parse(crowdfunding.today()));
        crowdfunding.open(actor, id, input);
        return campaign(id);
    }

    /** The ledger, oldest first, with running totals after each entry; public, pledgers masked or anonymous. */
    @GetMapping("/ledger")
    PageResult<LedgerEntry> ledger(@PathVariable long id, @RequestParam(required = false) String community,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return crowdfunding.publicLedger(board.community(community), id, PageResult.clampPage(page),
                PageResult.clampSize(size));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campaign/pledges")
    CampaignView pledge(@PathVariable long id, @Valid @RequestBody PledgeInput input, BindingResult fields) {
        CampaignChecks.require(formProblems, fields, PledgeInput.class, input::fen);
        crowdfunding.pledge(Permissions.actor(), id, input);
        return campaign(id);
    }

    /** The caller's own pledges on this campaign. */
    @GetMapping("/campaign/pledges/mine")
    List<Pledge> mine(@PathVariable long id) {
        return crowdfunding.mine(Permissions.actor(), id);
    }

    /** Pledges with the payments recorded against each, for staff who run the campaign. */
    @GetMapping("/campaign/pledges")
    PageResult<PledgeWithPayments> pledges(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return crowdfunding.pledges(Permissions.actor(), id, PageResult.clampPage(page), PageResult.clampSize(size));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campaign/payments")
    List<CampaignPayment> record(@PathVariable long id, @Valid @RequestBody PaymentInput input,
            BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(crowdfunding.mayRun(actor));
        CampaignChecks.require(formProblems, fields, PaymentInput.class, input::parse);
        crowdfunding.recordPayment(actor, id, input);
        return unconfirmed(id);
    }

    /** Payments recorded and waiting for a second staff member, oldest first. */
    @GetMapping("/campaign/payments")
    List<CampaignPayment> unconfirmed(@PathVariable long id) {
        return crowdfunding.unconfirmed(Permissions.actor(), id);
    }

    @PostMapping("/campaign/payments/{paymentId}/confirm")
    CampaignView confirm(@PathVariable long id, @PathVariable long paymentId) {
        crowdfunding.confirmPayment(Permissions.actor(), id, paymentId);
        return campaign(id);
    }

    @PostMapping("/campaign/close")
    CampaignView close(@PathVariable long id) {
        CampaignState ignored = crowdfunding.close(Permissions.actor(), id);
        return campaign(id);
    }
}
