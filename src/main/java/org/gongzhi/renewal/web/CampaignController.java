package org.gongzhi.renewal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.renewal.Campaign;
import org.gongzhi.renewal.CampaignInput;
import org.gongzhi.renewal.CampaignRule;
import org.gongzhi.renewal.CampaignView;
import org.gongzhi.renewal.Crowdfunding;
import org.gongzhi.renewal.PaymentReceipt;
import org.gongzhi.renewal.PaymentInput;
import org.gongzhi.renewal.PaymentMethod;
import org.gongzhi.renewal.PledgeInput;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * The crowdfunding page of a project: the thermometer and the ledger for everyone; pledging for residents; setting
 * up, recording payments against pledges, confirming them (a second person) and settling after the deadline for
 * the residents' committee.
 */
@Controller
@RequestMapping("/projects/{id}/campaign")
class CampaignController {

    private static final int PAGE_SIZE = 20;

    private final Crowdfunding crowdfunding;
    private final ProjectHandling projects;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;
    private final PublicBoard board;
    private final ReceiptPdf receipts;

    CampaignController(Crowdfunding crowdfunding, ProjectHandling projects, PostRedirectGet prg,
            FormProblems formProblems, PublicBoard board, ReceiptPdf receipts) {
        this.receipts = receipts;
        this.board = board;
        this.crowdfunding = crowdfunding;
        this.projects = projects;
        this.prg = prg;
        this.formProblems = formProblems;
    }

    /** Anyone may read the thermometer and the ledger; pledging and handling the money need a sign-in. */
    @GetMapping
    String show(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pledgePage, CsrfToken csrf, Model model) {
        PublicBoard.readyForms(csrf);
        Optional<Actor> reader = board.reader();
        long community = board.community(null);
        model.addAttribute("project", reader.map(a -> projects.details(a, id))
                .orElseGet(() -> projects.publicDetails(community, id)));
        boolean runs = reader.map(crowdfunding::mayRun).orElse(false);
        model.addAttribute("canRun", runs);
        model.addAttribute("rules", CampaignRule.values());
        model.addAttribute("methods", PaymentMethod.values());
        Campaign campaign = crowdfunding.publicOf(community, id).orElse(null);
        model.addAttribute("campaign", campaign == null ? null : CampaignView.of(campaign));
        if (campaign != null) {
            model.addAttribute("ledger", crowdfunding.publicLedger(community, id, PageResult.clampPage(page),
                    PAGE_SIZE));
            model.addAttribute("takesPledges", campaign.takesPledges(crowdfunding.today())
                    && reader.map(a -> a.residentId() != null).orElse(false));
            model.addAttribute("due", campaign.due(crowdfunding.today()));
            model.addAttribute("mine", reader.map(a -> crowdfunding.mine(a, id)).orElse(List.of()));
            model.addAttribute("myReceipts", reader.map(a -> crowdfunding.myReceipts(a, id)).orElse(List.of()));
            if (runs) {
                Actor actor = reader.get();
                model.addAttribute("pledges", crowdfunding.pledges(actor, id, PageResult.clampPage(pledgePage),
                        PAGE_SIZE));
                model.addAttribute("unconfirmed", crowdfunding.unconfirmed(actor, id));
            }
        }
        return "renewal/campaign";
    }

    @PostMapping
    String open(@PathVariable long id, @Valid @ModelAttribute CampaignInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "campaign.done.OPEN", () -> {
            Actor actor = Permissions.actor();
            Permissions.require(crowdfunding.mayRun(actor));
            CampaignChecks.require(formProblems, fields, CampaignInput.class,
                    () -> input.parse(crowdfunding.today()));
            crowdfunding.open(actor, id, input);
        });
    }

    @PostMapping("/pledges")
    String pledge(@PathVariable long id, @Valid @ModelAttribute PledgeInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "campaign.done.PLEDGE", () -> {
            CampaignChecks.require(formProblems, fields, PledgeInput.class, input::fen);
            crowdfunding.pledge(Permissions.actor(), id, input);
        });
    }

    @PostMapping("/payments")
    String record(@PathVariable long id, @Valid @ModelAttribute PaymentInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "campaign.done.PAYMENT", () -> {
            Actor actor = Permissions.actor();
            Permissions.require(crowdfunding.mayRun(actor));
            CampaignChecks.require(formProblems, fields, PaymentInput.class, input::parse);
            crowdfunding.recordPayment(actor, id, input);
        });
    }

    @PostMapping("/payments/{paymentId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long paymentId, RedirectAttributes redirect) {
        return attempt(id, redirect, "campaign.done.CONFIRM",
                () -> crowdfunding.confirmPayment(Permissions.actor(), id, paymentId));
    }

    /** The receipt of a confirmed payment, for its pledger and for staff who run campaigns; 404 for anyone else. */
    @GetMapping("/payments/{paymentId}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long paymentId, Locale locale) {
        PaymentReceipt receipt = crowdfunding.receipt(Permissions.actor(), id, paymentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("receipt-" + receipt.paymentId() + ".pdf").build().toString())
                .body(receipts.pdf(receipt, locale));
    }

    @PostMapping("/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "campaign.done.CLOSE", () -> crowdfunding.close(Permissions.actor(), id));
    }

    private String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        return prg.attempt("/projects/" + id + "/campaign", redirect, done, step);
    }
}
