package org.gongzhi.renewal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.community.ResidentPermissions.GridVisibility;
import org.gongzhi.community.ResidentQueries;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.scheduling.JobLease;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.web.PageResult;

/**
 * Crowdfunding (众筹) on a micro-renewal project. Residents' committee staff set up the campaign; residents pledge
 * from their phone; most money arrives offline, so one staff member records a payment against its pledge with the
 * receipt number and a second, different one confirms it, and only then does it count. There is no path that marks
 * money paid without two people (an online provider would come in behind its own interface). Every pledge,
 * confirmed payment and refund is booked in the ledger with running totals; when an all-or-nothing campaign misses
 * its goal at its deadline, refunds of every confirmed payment are booked by the system, never typed.
 */
@Service
public class Crowdfunding {

    static final String SUBJECT = "campaign";

    private final Campaigns store;
    private final ProjectHandling projects;
    private final ProjectPermissions permissions;
    private final ResidentQueries residents;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JobLease leases;

    Crowdfunding(Campaigns store, ProjectHandling projects, ProjectPermissions permissions, ResidentQueries residents,
            AuditTrail audit, TransactionTemplate transaction, Clock clock, JobLease leases) {
        this.leases = leases;
        this.store = store;
        this.projects = projects;
        this.permissions = permissions;
        this.residents = residents;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Only the residents' committee runs campaigns and handles their money. */
    public boolean mayRun(Actor actor) {
        return permissions.mayRead(actor) && actor.has(Role.RC_STAFF);
    }

    /** The project's campaign, if it has one; 404 for a project the actor may not see. */
    public Optional<Campaign> of(Actor actor, long projectId) {
        projects.visible(actor, projectId);
        return store.ofProject(actor.communityId(), projectId);
    }

    /** The campaign of one of the community's projects, for the public board; 404 for another community's project. */
    public Optional<Campaign> publicOf(long communityId, long projectId) {
        projects.inCommunity(communityId, projectId);
        return store.ofProject(communityId, projectId);
    }

    /** The public ledger: pledgers masked with their building, or anonymous. */
    public PageResult<LedgerEntry> publicLedger(long communityId, long projectId, int page, int size) {
        Campaign c = publicOf(communityId, projectId)
                .orElseThrow(() -> new NotFound("campaign of project " + projectId));
        return store.ledger(c.id(), page, size);
    }

    public Campaign get(Actor actor, long projectId) {
        return of(actor, projectId).orElseThrow(() -> new NotFound("campaign of project " + projectId));
    }

    @Transactional
    public long open(Actor actor, long projectId, CampaignInput input) {
        Permissions.require(mayRun(actor));
        RenewalProject project = projects.visible(actor, projectId);
        CampaignInput.Checked checked = input.parse(today());
        if (project.state() == ProjectState.COMPLETED) {
            throw new Refused("campaign.refused.completed", "a completed project takes no campaign");
        }
        if (store.ofProject(actor.communityId(), projectId).isPresent()) {
            throw new Refused("campaign.refused.exists", "the project has a campaign already");
        }
        long id = store.add(actor.communityId(), projectId, checked, actor.displayName(), now());
        audit.record(actor.communityId(), "CAMPAIGN_OPENED", SUBJECT, id,
                "project " + projectId + " · " + checked.goalFen() + " fen · " + checked.rule());
        return id;
    }

    /** A resident pledges an amount; the ledger shows them masked with their building, or as anonymous. */
    @Transactional
    public long pledge(Actor actor, long projectId, PledgeInput input) {
        projects.visible(actor, projectId);
        long fen = input.fen();
        if (actor.residentId() == null) {
            throw new Refused("campaign.refused.notResident", "only residents pledge");
        }
        ResidentRow resident = residents.find(actor.communityId(), GridVisibility.ALL, actor.residentId())
                .orElseThrow(() -> new Refused("campaign.refused.notResident", "only residents pledge"));
        Campaign read = store.ofProject(actor.communityId(), projectId)
                .orElseThrow(() -> new NotFound("campaign of project " + projectId));
        if (!read.takesPledges(today())) {
            throw new Refused("campaign.refused.closed", "the campaign takes no more pledges");
        }
        // the pledge and its audit entry first; the campaign's row is held only for the ledger's running totals,
        // so that pledges to one campaign queue for two statements, not six
        OffsetDateTime now = now();
        long pledgeId = store.addPledge(actor.communityId(), read, actor.accountId(), resident.id(),
                Masking.name(resident.name()), resident.buildingNumber(), input.hidden(), fen, now);
        audit.record(actor.communityId(), "CAMPAIGN_PLEDGE", SUBJECT, read.id(), pledgeId + " · " + fen + " fen");
        Campaign c = store.lock(actor.communityId(), projectId);
        if (!c.takesPledges(today())) {
            throw new Refused("campaign.refused.closed", "the campaign takes no more pledges");
        }
        store.book(actor.communityId(), c, LedgerKind.PLEDGE, pledgeId, null, fen, now);
        return pledgeId;
    }

    /** Staff record money received against a pledge; it counts only once someone else confirms it. */
    @Transactional
    public long recordPayment(Actor actor, long projectId, PaymentInput input) {
        Permissions.require(mayRun(actor));
        projects.visible(actor, projectId);
        PaymentInput.Checked p = input.parse();
        Campaign c = store.lock(actor.communityId(), projectId);
        if (!c.state().takesPayments()) {
            throw new Refused("campaign.refused.failed", "the campaign failed and takes no payments");
        }
        Pledge pledge = store.pledge(c.id(), p.pledgeId())
                .orElseThrow(() -> InvalidInput.of("pledgeId", "campaign.validation.pledge",
                        String.valueOf(p.pledgeId())));
        if (p.amountFen() > pledge.outstandingFen()) {
            throw InvalidInput.of("amount", "campaign.validation.overPledge",
                    org.gongzhi.shared.domain.Money.grouped(pledge.outstandingFen()));
        }
        if (store.receiptUsed(c.id(), p.receiptNo())) {
            throw InvalidInput.of("receiptNo", "campaign.validation.receipt", p.receiptNo());
        }
        long id = store.addPayment(actor.communityId(), c.id(), p, actor.accountId(), actor.displayName(), now());
        audit.record(actor.communityId(), "CAMPAIGN_PAYMENT_RECORDED", SUBJECT, c.id(),
                "payment " + id + " · pledge " + p.pledgeId() + " · " + p.amountFen() + " fen · " + p.receiptNo());
        return id;
    }

    /**
     * A second staff member confirms a recorded payment and it is booked. Whoever recorded it cannot confirm it, and
     * a payment is confirmed once: a second confirmation, at the same moment or later, is refused.
     */
    @Transactional
    public void confirmPayment(Actor actor, long projectId, long paymentId) {
        Permissions.require(mayRun(actor));
        projects.visible(actor, projectId);
        Campaign c = store.lock(actor.communityId(), projectId);
        CampaignPayment payment = store.payment(c.id(), paymentId)
                .orElseThrow(() -> new NotFound("payment " + paymentId));
        if (!c.state().takesPayments()) {
            throw new Refused("campaign.refused.failed", "the campaign failed and takes no payments");
        }
        if (payment.confirmed()) {
            throw new Refused("campaign.refused.confirmed", "the payment is confirmed already");
        }
        if (store.recordedBy(paymentId) == actor.accountId()) {
            throw new Refused("campaign.refused.sameStaff", "whoever recorded a payment cannot confirm it");
        }
        OffsetDateTime now = now();
        if (!store.confirm(paymentId, actor.accountId(), actor.displayName(), now)) {
            throw new Refused("campaign.refused.confirmed", "the payment is confirmed already");
        }
        store.book(actor.communityId(), c, LedgerKind.PAYMENT, payment.pledgeId(), paymentId, payment.amountFen(),
                now);
        audit.record(actor.communityId(), "CAMPAIGN_PAYMENT_CONFIRMED", SUBJECT, c.id(),
                "payment " + paymentId + " · " + payment.amountFen() + " fen");
    }

    /**
     * Closes a campaign whose deadline has passed: it succeeded if it raised its goal; otherwise an all-or-nothing
     * campaign fails and every confirmed payment is refunded (booked here), and a keep-what-is-raised one ends.
     * Staff may ask for it; the daily sweep does it for everyone.
     */
    @Transactional
    public CampaignState close(Actor actor, long projectId) {
        Permissions.require(mayRun(actor));
        projects.visible(actor, projectId);
        return settle(actor.communityId(), projectId);
    }

    CampaignState settle(long communityId, long projectId) {
        Campaign c = store.lock(communityId, projectId);
        if (!c.due(today())) {
            throw new Refused("campaign.refused.notDue", "the campaign is open until its deadline");
        }
        OffsetDateTime now = now();
        CampaignState outcome = c.goalReached() ? CampaignState.SUCCEEDED
                : c.rule() == CampaignRule.ALL_OR_NOTHING ? CampaignState.FAILED : CampaignState.ENDED;
        if (outcome == CampaignState.FAILED) {
            for (CampaignPayment p : store.refundable(c.id())) {
                c = store.book(communityId, c, LedgerKind.REFUND, p.pledgeId(), p.id(), p.amountFen(), now);
                store.markRefunded(p.id());
            }
        }
        store.close(c.id(), outcome, now);
        audit.record(communityId, "CAMPAIGN_CLOSED", SUBJECT, c.id(), outcome + " · raised " + c.raisedFen()
                + " of " + c.goalFen() + " fen");
        return outcome;
    }

    /** Every morning, closes the campaigns whose last day was yesterday or before. */
    public void sweep() {
        for (long[] due : store.due(today())) {
            transaction.executeWithoutResult(s -> settle(due[0], due[1]));
        }
    }

    /** On one instance at a time (docs/operations.md, "Several identical instances"). */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    void sweepOnce() {
        leases.runAlone("crowdfunding-settlement", Duration.ofHours(1), Duration.ofHours(2), this::sweep);
    }

    public PageResult<LedgerEntry> ledger(Actor actor, long projectId, int page, int size) {
        return store.ledger(get(actor, projectId).id(), page, size);
    }

    /** Pledges for staff to record money against, each with the payments recorded against it (receipts). */
    public PageResult<PledgeWithPayments> pledges(Actor actor, long projectId, int page, int size) {
        Permissions.require(mayRun(actor));
        long campaign = get(actor, projectId).id();
        PageResult<Pledge> pledges = store.pledges(campaign, page, size);
        Map<Long, List<CampaignPayment>> payments = store.paymentsOf(campaign,
                pledges.items().stream().map(Pledge::id).toList()).stream()
                .collect(Collectors.groupingBy(CampaignPayment::pledgeId));
        return new PageResult<>(pledges.items().stream()
                .map(p -> new PledgeWithPayments(p, payments.getOrDefault(p.id(), List.of()))).toList(),
                page, size, pledges.total());
    }

    /** Payments waiting for a second staff member. */
    public List<CampaignPayment> unconfirmed(Actor actor, long projectId) {
        Permissions.require(mayRun(actor));
        return store.unconfirmed(get(actor, projectId).id(), 50);
    }

    /** The confirmed payments against one's own pledges, for their receipts. */
    public List<CampaignPayment> myReceipts(Actor actor, long projectId) {
        return store.confirmedOf(get(actor, projectId).id(), actor.accountId());
    }

    /**
     * The receipt of a confirmed payment: for the pledger and for staff who run campaigns; for anyone else, or for a
     * payment not yet confirmed, there is none (404).
     */
    public PaymentReceipt receipt(Actor actor, long projectId, long paymentId) {
        Campaign c = get(actor, projectId);
        CampaignPayment payment = store.payment(c.id(), paymentId).filter(CampaignPayment::confirmed)
                .orElseThrow(() -> new NotFound("receipt " + paymentId));
        if (!mayRun(actor) && store.pledgerOf(paymentId) != actor.accountId()) {
            throw new NotFound("receipt " + paymentId);
        }
        Pledge pledge = store.pledge(payment.pledgeId());
        return new PaymentReceipt(projects.visible(actor, projectId).plan().title(), c.purpose(), payment.id(),
                pledge.id(), payment.receiptNo(), pledge.pledger(), pledge.building(), payment.amountFen(),
                payment.method(), payment.recordedBy(), payment.recordedAt(), payment.confirmedBy(),
                payment.confirmedAt(), payment.refunded());
    }

    public List<Pledge> mine(Actor actor, long projectId) {
        return store.pledgesOf(get(actor, projectId).id(), actor.accountId());
    }

    public LocalDate today() {
        return now().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
