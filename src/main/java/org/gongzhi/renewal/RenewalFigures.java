package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.figures.AgeBands;
import org.gongzhi.shared.figures.Participation;
import org.gongzhi.shared.jdbc.Rows;

/** Renewal's own figures for the dashboard, transparency and open data: projects, money and who chipped in. */
@Service
public class RenewalFigures {

    /** A project with its money (fen): budget, spent, and what its crowdfunding pledged and confirmed. */
    public record ProjectMoney(long id, String title, String place, ProjectState state, int percentDone,
            long budgetFen, long spentFen, String fundingSource, Long proposalId, Long voteId, long pledgedFen,
            long confirmedFen, long refundedFen, OffsetDateTime startedAt, OffsetDateTime completedAt) {
    }

    /** One line of a campaign's ledger with no one named: kind, amount and running totals (fen). */
    public record LedgerLine(long projectId, long campaignId, long entryId, LedgerKind kind, long amountFen,
            long pledgedTotalFen, long confirmedTotalFen, long refundedTotalFen, OffsetDateTime bookedAt) {
    }

    /** A spending line of a project: when, how much (fen), to whom (a firm, not a resident) and what for. */
    public record Spending(long projectId, long id, LocalDate paidOn, long amountFen, String payee, String purpose) {
    }

    private final JdbcClient jdbc;

    RenewalFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Residents who pledged to a crowdfunding campaign in [from, until). */
    public List<Participation> participation(long communityId, OffsetDateTime from, OffsetDateTime until,
            AgeBands bands, LocalDate on) {
        return Participation.count(jdbc, """
                select 'PLEDGED' as action, resident_id from renewal_pledge
                where community_id = :community and pledged_at >= :from and pledged_at < :until""",
                bands, on, communityId, from, until);
    }

    /** Every project, newest first, with its money. */
    public List<ProjectMoney> projects(long communityId) {
        return jdbc.sql("""
                select p.id, p.title, p.place, p.state, p.percent_done, p.budget_fen, p.spent_fen, p.funding_source,
                    p.proposal_id, p.vote_id, coalesce(c.pledged_fen, 0) as pledged_fen,
                    coalesce(c.confirmed_fen, 0) as confirmed_fen, coalesce(c.refunded_fen, 0) as refunded_fen,
                    p.started_at, p.completed_at
                from renewal_project p left join renewal_campaign c on c.project_id = p.id
                where p.community_id = ? order by p.created_at desc, p.id desc""")
                .param(communityId)
                .query(Rows.of(ProjectMoney.class))
                .list();
    }

    public List<LedgerLine> ledgers(long communityId) {
        return jdbc.sql("""
                select c.project_id, e.campaign_id, e.id as entry_id, e.kind, e.amount_fen, e.pledged_total_fen,
                    e.confirmed_total_fen, e.refunded_total_fen, e.booked_at
                from renewal_ledger_entry e join renewal_campaign c on c.id = e.campaign_id
                where e.community_id = ? order by e.campaign_id, e.id""")
                .param(communityId)
                .query(Rows.of(LedgerLine.class))
                .list();
    }

    public List<Spending> spending(long communityId) {
        return jdbc.sql("""
                select project_id, id, paid_on, amount_fen, payee, purpose from renewal_spending
                where community_id = ? and not held order by project_id, paid_on, id""")
                .param(communityId)
                .query(Rows.of(Spending.class))
                .list();
    }
}
