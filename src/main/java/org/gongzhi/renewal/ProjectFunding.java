package org.gongzhi.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.VoteQueries.VoteSummary;

/**
 * A project's money by source: staff add funding lines and book payments against them. A payment that passes what
 * its line has left is refused, or held when asked, until a second staff member gives the reason to override; a
 * maintenance-fund line names the owners' vote that approved it and stays within what that vote approved. A payment
 * from the crowdfunding line of a project with a campaign is booked in the campaign's public ledger as an expense.
 */
@Service
public class ProjectFunding {

    private final Projects projects;
    private final FundingLines lines;
    private final FundVotes votes;
    private final Campaigns campaigns;
    private final ProjectPermissions permissions;
    private final PhotoStore photos;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectFunding(Projects projects, FundingLines lines, FundVotes votes, Campaigns campaigns,
            ProjectPermissions permissions, PhotoStore photos, AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.projects = projects;
        this.lines = lines;
        this.votes = votes;
        this.permissions = permissions;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owners' votes a maintenance-fund line may name, for the staff form. */
    public List<VoteSummary> fundVotes(Actor actor) {
        Permissions.require(permissions.mayManage(actor));
        return votes.approving(actor.communityId());
    }

    /**
     * Adds a funding line. A maintenance-fund line names a passed owners' vote on using the fund; every line naming
     * that vote states the same approved amount, and together they stay within it.
     */
    @Transactional
    public long addLine(Actor actor, long projectId, FundingLineInput input) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = manageable(actor, projectId);
        FundingLineInput.Line line = input.parse();
        if (line.source() == FundingSource.MAINTENANCE_FUND) {
            requireWithinVote(actor.communityId(), line);
        }
        OffsetDateTime now = now();
        long id = lines.add(actor.communityId(), projectId, line, actor.displayName(), now);
        projects.addEvent(actor.communityId(), projectId, new ProjectEvent(0, ProjectEventKind.FUNDING_LINE, now,
                actor.displayName(), null, null, line.amountFen(), null, null, null, line.source().name()));
        audit.record(actor.communityId(), "PROJECT_FUNDING_LINE", ProjectHandling.SUBJECT, project.id(),
                line.source() + " " + line.amountFen() + (line.voteId() == null ? "" : " vote " + line.voteId()));
        return id;
    }

    private void requireWithinVote(long communityId, FundingLineInput.Line line) {
        if (votes.approving(communityId, line.voteId()).isEmpty()) {
            throw InvalidInput.of("voteId", "fundingLine.validation.vote", String.valueOf(line.voteId()));
        }
        lines.lockVote(communityId, line.voteId());
        FundingLines.VoteUse use = lines.useOf(communityId, line.voteId());
        if (use.approvedFen() != null && !use.approvedFen().equals(line.voteApprovedFen())) {
            throw InvalidInput.of("voteApproved", "fundingLine.validation.approvedDiffers",
                    Money.grouped(use.approvedFen()));
        }
        if (use.usedFen() + line.amountFen() > line.voteApprovedFen()) {
            throw InvalidInput.of("amount", "fundingLine.validation.overVote",
                    Money.grouped(line.voteApprovedFen() - use.usedFen()));
        }
    }

    /**
     * Books a payment against one of the project's lines, with its receipt photo. When it passes what the line has
     * left, it is refused naming the amount, or, if the person asked for it, held for a second staff member.
     */
    @Transactional
    public Booking recordSpending(Actor actor, long projectId, SpendingInput input, PhotoUpload receipt) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = manageable(actor, projectId);
        OffsetDateTime now = now();
        SpendingInput.Spending spending = input.parse(today(now));
        FundingLine line = lineFor(projectId, input.lineId());
        boolean within = lines.spend(projectId, line.id(), spending.amountFen(), false);
        if (!within && !input.holdWhenOver()) {
            throw InvalidInput.of("amount", "spending.validation.overLine", Money.grouped(line.remainingFen()));
        }
        if (within) {
            project.spend(spending.amountFen());
            projects.save(project, now);
        }
        Projects.StoredPhoto kept = receipt == null ? null
                : new Projects.StoredPhoto(photos.save(receipt.bytes(), receipt.extension()), receipt.contentType());
        long entry = projects.addSpending(project, spending, line.id(), kept, actor.accountId(), !within,
                actor.displayName(), now);
        if (within) {
            toCampaign(actor.communityId(), projectId, line.source(), entry, spending.amountFen(), now);
        }
        audit.record(actor.communityId(), within ? "PROJECT_SPENDING" : "PROJECT_SPENDING_HELD",
                ProjectHandling.SUBJECT, projectId, spending.amountFen() + " line " + line.id());
        return new Booking(entry, !within);
    }

    /** A payment booked: its entry, and whether it waits for a second person's override. */
    public record Booking(long entryId, boolean held) {
    }

    /** A payment from the crowdfunding line of a project with a campaign is an expense in the campaign's ledger. */
    private void toCampaign(long communityId, long projectId, FundingSource source, long entryId, long fen,
            OffsetDateTime at) {
        if (source == FundingSource.CROWDFUNDING && campaigns.ofProject(communityId, projectId).isPresent()) {
            campaigns.bookExpense(communityId, campaigns.lock(communityId, projectId), entryId, fen, at);
        }
    }

    /** The line named, or the only one when none is; a project without lines takes no payment. */
    private FundingLine lineFor(long projectId, Long lineId) {
        List<FundingLine> all = lines.of(projectId);
        if (all.isEmpty()) {
            throw InvalidInput.of("lineId", "spending.validation.noLine");
        }
        if (lineId == null) {
            if (all.size() > 1) {
                throw InvalidInput.of("lineId", "validation.required");
            }
            return all.getFirst();
        }
        return all.stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> InvalidInput.of("lineId", "spending.validation.line", String.valueOf(lineId)));
    }

    /**
     * A second staff member lets a held payment count, with their reason: not the one who booked it. The line and the
     * project take it in full, past the line's amount.
     */
    @Transactional
    public void override(Actor actor, long projectId, long entryId, OverrideInput input) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = manageable(actor, projectId);
        FundingLines.Held held = lines.held(projectId, entryId).orElseThrow(() -> new NotFound("held payment " + entryId));
        if (held.bookedByAccount() != null && held.bookedByAccount() == actor.accountId()) {
            throw new Refused("spending.refused.samePerson", "a second staff member overrides a payment over its line");
        }
        String reason = input.checked();
        OffsetDateTime now = now();
        if (!lines.override(entryId, reason, actor.accountId(), actor.displayName(), now)) {
            throw new Refused("spending.refused.notHeld", "the payment was already overridden");
        }
        lines.spend(projectId, held.lineId(), held.amountFen(), true);
        project.spend(held.amountFen());
        projects.save(project, now);
        projects.spent(project, held.amountFen(), actor.displayName(), now, reason);
        FundingSource source = lines.of(projectId).stream().filter(l -> l.id() == held.lineId()).findFirst()
                .map(FundingLine::source).orElseThrow();
        toCampaign(actor.communityId(), projectId, source, entryId, held.amountFen(), now);
        audit.record(actor.communityId(), "PROJECT_SPENDING_OVERRIDE", ProjectHandling.SUBJECT, projectId,
                held.amountFen() + " line " + held.lineId() + " · " + reason);
    }

    /** A receipt photo of one of the project's payments, for those signed in to the community; 404 otherwise. */
    public Optional<ProjectHandling.Photo> receipt(Actor actor, long projectId, long entryId) {
        Permissions.require(permissions.mayRead(actor));
        projects.get(actor.communityId(), projectId);
        return lines.receipt(projectId, entryId)
                .flatMap(p -> photos.read(p.key()).map(bytes -> new ProjectHandling.Photo(bytes, p.contentType())));
    }

    private RenewalProject manageable(Actor actor, long projectId) {
        return projects.get(actor.communityId(), projectId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today(OffsetDateTime now) {
        return now.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
