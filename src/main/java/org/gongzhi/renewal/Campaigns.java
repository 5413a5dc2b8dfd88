package org.gongzhi.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.RowLocks;
import org.gongzhi.shared.web.PageResult;

/**
 * Crowdfunding campaigns, pledges, payments and the ledger in the database. Every booking happens after
 * {@link #lock} in the same transaction: the campaign row's totals and each ledger entry's running totals are then
 * written by one booking at a time, so they reconcile to the fen under any concurrency.
 */
@Repository
public class Campaigns {

    private static final String CAMPAIGN = """
            select id, project_id, goal_fen, deadline, purpose, rule, state, pledged_fen, confirmed_fen, refunded_fen,
            pledge_count, created_by, created_at, closed_at, spent_fen from renewal_campaign""";
    private static final String PAYMENT = """
            select id, pledge_id, amount_fen, method, receipt_no, recorded_by, recorded_at, confirmed_by,
            confirmed_at, refunded from renewal_payment""";

    private final JdbcClient jdbc;
    private final RowLocks locks;

    Campaigns(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public long add(long communityId, long projectId, CampaignInput.Checked c, String by, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_campaign (community_id, project_id, goal_fen, deadline, purpose, rule, state,
                created_by, created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(communityId, projectId, c.goalFen(), c.deadline(), c.purpose(), c.rule().name(), by, at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Campaign> ofProject(long communityId, long projectId) {
        return jdbc.sql(CAMPAIGN + " where community_id = ? and project_id = ?").params(communityId, projectId)
                .query(Campaigns::campaign).optional();
    }

    /** Locks the project's campaign row for the rest of the transaction and reads it; 404 without one. */
    public Campaign lock(long communityId, long projectId) {
        return jdbc.sql(CAMPAIGN + " where community_id = ? and project_id = ? " + locks.exclusive())
                .params(communityId, projectId).query(Campaigns::campaign).optional()
                .orElseThrow(() -> new NotFound("campaign of project " + projectId));
    }

    /** Open campaigns whose last day is before {@code today}, as (community, project) pairs. */
    public List<long[]> due(LocalDate today) {
        return jdbc.sql("select community_id, project_id from renewal_campaign where state = 'OPEN' and deadline < ?")
                .param(today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    public long addPledge(long communityId, Campaign c, long accountId, long residentId, String masked,
            Integer building, boolean anonymous, long fen, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_pledge (community_id, campaign_id, account_id, resident_id, pledger_masked,
                building_number, anonymous, amount_fen, pledged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, c.id(), accountId, residentId, masked, building, anonymous, fen, at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Pledge> pledge(long campaignId, long pledgeId) {
        return jdbc.sql("""
                select id, pledger_masked, building_number, anonymous, amount_fen, recorded_fen, pledged_at
                from renewal_pledge where campaign_id = ? and id = ?""").params(campaignId, pledgeId)
                .query(Campaigns::pledge).optional();
    }

    public PageResult<Pledge> pledges(long campaignId, int page, int size) {
        long total = jdbc.sql("select count(*) from renewal_pledge where campaign_id = ?").param(campaignId)
                .query(Long.class).single();
        List<Pledge> items = jdbc.sql("""
                select id, pledger_masked, building_number, anonymous, amount_fen, recorded_fen, pledged_at
                from renewal_pledge where campaign_id = ? order by id desc limit ? offset ?""")
                .params(campaignId, size, (long) page * size).query(Campaigns::pledge).list();
        return new PageResult<>(items, page, size, total);
    }

    /** The payments recorded against these pledges, oldest first, in one query. */
    public List<CampaignPayment> paymentsOf(long campaignId, List<Long> pledgeIds) {
        if (pledgeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PAYMENT + " where campaign_id = :campaign and pledge_id in (:pledges) order by id")
                .param("campaign", campaignId).param("pledges", pledgeIds).query(Campaigns::payment).list();
    }

    /** The actor's own pledges on the campaign, newest first. */
    public List<Pledge> pledgesOf(long campaignId, long accountId) {
        return jdbc.sql("""
                select id, pledger_masked, building_number, anonymous, amount_fen, recorded_fen, pledged_at
                from renewal_pledge where campaign_id = ? and account_id = ? order by id desc""")
                .params(campaignId, accountId).query(Campaigns::pledge).list();
    }

    /** The confirmed payments against the pledger's pledges, newest first, for their receipts. */
    public List<CampaignPayment> confirmedOf(long campaignId, long accountId) {
        return jdbc.sql(PAYMENT + """
                 where campaign_id = ? and confirmed_at is not null
                and pledge_id in (select id from renewal_pledge where account_id = ?) order by id desc""")
                .params(campaignId, accountId).query(Campaigns::payment).list();
    }

    /** The account that pledged what a payment was recorded against. */
    public long pledgerOf(long paymentId) {
        return jdbc.sql("select p.account_id from renewal_payment m join renewal_pledge p on p.id = m.pledge_id"
                + " where m.id = ?").param(paymentId).query(Long.class).single();
    }

    /** The pledger of a pledge as the ledger shows them: masked, with the building. */
    public Pledge pledge(long pledgeId) {
        return jdbc.sql("""
                select id, pledger_masked, building_number, anonymous, amount_fen, recorded_fen, pledged_at
                from renewal_pledge where id = ?""").param(pledgeId).query(Campaigns::pledge).single();
    }

    public long addPayment(long communityId, long campaignId, PaymentInput.Checked p, long accountId, String by,
            OffsetDateTime at) {
        jdbc.sql("update renewal_pledge set recorded_fen = recorded_fen + ? where id = ?")
                .params(p.amountFen(), p.pledgeId()).update();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_payment (community_id, campaign_id, pledge_id, amount_fen, method, receipt_no,
                recorded_by_account, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, campaignId, p.pledgeId(), p.amountFen(), p.method().name(), p.receiptNo(),
                        accountId, by, at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean receiptUsed(long campaignId, String receiptNo) {
        return jdbc.sql("select count(*) from renewal_payment where campaign_id = ? and receipt_no = ?")
                .params(campaignId, receiptNo).query(Long.class).single() > 0;
    }

    public Optional<CampaignPayment> payment(long campaignId, long paymentId) {
        return jdbc.sql(PAYMENT + " where campaign_id = ? and id = ?").params(campaignId, paymentId)
                .query(Campaigns::payment).optional();
    }

    public long recordedBy(long paymentId) {
        return jdbc.sql("select recorded_by_account from renewal_payment where id = ?").param(paymentId)
                .query(Long.class).single();
    }

    /** Confirms the payment if it is unconfirmed and someone else recorded it; false otherwise. */
    public boolean confirm(long paymentId, long accountId, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update renewal_payment set confirmed_by_account = ?, confirmed_by = ?, confirmed_at = ?
                where id = ? and confirmed_at is null and recorded_by_account <> ?""")
                .params(accountId, by, at, paymentId, accountId).update() == 1;
    }

    /** Payments waiting for a second person, oldest first. */
    public List<CampaignPayment> unconfirmed(long campaignId, int limit) {
        return jdbc.sql(PAYMENT + " where campaign_id = ? and confirmed_at is null order by id limit ?")
                .params(campaignId, limit).query(Campaigns::payment).list();
    }

    /** Confirmed payments not yet refunded, for the refunds of a failed campaign. */
    public List<CampaignPayment> refundable(long campaignId) {
        return jdbc.sql(PAYMENT + " where campaign_id = ? and confirmed_at is not null and refunded = false order by id")
                .param(campaignId).query(Campaigns::payment).list();
    }

    public void markRefunded(long paymentId) {
        jdbc.sql("update renewal_payment set refunded = true where id = ?").param(paymentId).update();
    }

    /**
     * Books an entry with the campaign's totals after it and moves the campaign's totals: call only after
     * {@link #lock}, with the campaign as locked and read.
     */
    public Campaign book(long communityId, Campaign c, LedgerKind kind, long pledgeId, Long paymentId, long fen,
            OffsetDateTime at) {
        long pledged = c.pledgedFen() + (kind == LedgerKind.PLEDGE ? fen : 0);
        long confirmed = c.confirmedFen() + (kind == LedgerKind.PAYMENT ? fen : 0);
        long refunded = c.refundedFen() + (kind == LedgerKind.REFUND ? fen : 0);
        int count = c.pledgeCount() + (kind == LedgerKind.PLEDGE ? 1 : 0);
        jdbc.sql("""
                insert into renewal_ledger_entry (community_id, campaign_id, kind, pledge_id, payment_id, amount_fen,
                pledged_total_fen, confirmed_total_fen, refunded_total_fen, spent_total_fen, booked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, c.id(), kind.name(), pledgeId, paymentId, fen, pledged, confirmed, refunded,
                        c.spentFen(), at)
                .update();
        jdbc.sql("""
                update renewal_campaign set pledged_fen = ?, confirmed_fen = ?, refunded_fen = ?, pledge_count = ?
                where id = ?""").params(pledged, confirmed, refunded, count, c.id()).update();
        return new Campaign(c.id(), c.projectId(), c.goalFen(), c.deadline(), c.purpose(), c.rule(), c.state(),
                pledged, confirmed, refunded, count, c.createdBy(), c.createdAt(), c.closedAt(), c.spentFen());
    }

    /**
     * Books a payment from the project's crowdfunding line as an expense, with the totals after it, and moves the
     * campaign's total spent: call only after {@link #lock}, with the campaign as locked and read.
     */
    public Campaign bookExpense(long communityId, Campaign c, long spendingId, long fen, OffsetDateTime at) {
        long spent = Math.addExact(c.spentFen(), fen);
        jdbc.sql("""
                insert into renewal_ledger_entry (community_id, campaign_id, kind, spending_id, amount_fen,
                pledged_total_fen, confirmed_total_fen, refunded_total_fen, spent_total_fen, booked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, c.id(), LedgerKind.EXPENSE.name(), spendingId, fen, c.pledgedFen(),
                        c.confirmedFen(), c.refundedFen(), spent, at)
                .update();
        jdbc.sql("update renewal_campaign set spent_fen = ? where id = ?").params(spent, c.id()).update();
        return new Campaign(c.id(), c.projectId(), c.goalFen(), c.deadline(), c.purpose(), c.rule(), c.state(),
                c.pledgedFen(), c.confirmedFen(), c.refundedFen(), c.pledgeCount(), c.createdBy(), c.createdAt(),
                c.closedAt(), spent);
    }

    public void close(long campaignId, CampaignState state, OffsetDateTime at) {
        jdbc.sql("update renewal_campaign set state = ?, closed_at = ? where id = ?")
                .params(state.name(), at, campaignId).update();
    }

    /** One page of the ledger, oldest first (so running totals read downwards), pledgers masked or anonymous. */
    public PageResult<LedgerEntry> ledger(long campaignId, int page, int size) {
        long total = jdbc.sql("select count(*) from renewal_ledger_entry where campaign_id = ?").param(campaignId)
                .query(Long.class).single();
        List<LedgerEntry> items = jdbc.sql("""
                select e.id, e.kind, e.pledge_id, e.payment_id, e.amount_fen, p.pledger_masked, p.building_number,
                p.anonymous, e.pledged_total_fen, e.confirmed_total_fen, e.refunded_total_fen, e.spent_total_fen,
                e.booked_at, s.payee, s.purpose
                from renewal_ledger_entry e left join renewal_pledge p on p.id = e.pledge_id
                left join renewal_spending s on s.id = e.spending_id
                where e.campaign_id = ? order by e.id limit ? offset ?""")
                .params(campaignId, size, (long) page * size)
                .query((rs, n) -> {
                    boolean anonymous = rs.getBoolean("anonymous");
                    String payee = rs.getString("payee");
                    return new LedgerEntry(rs.getLong("id"), LedgerKind.valueOf(rs.getString("kind")),
                            rs.getObject("pledge_id", Long.class), rs.getObject("payment_id", Long.class),
                            rs.getLong("amount_fen"), anonymous ? null : rs.getString("pledger_masked"),
                            anonymous ? null : rs.getObject("building_number", Integer.class), anonymous,
                            rs.getLong("pledged_total_fen"), rs.getLong("confirmed_total_fen"),
                            rs.getLong("refunded_total_fen"), rs.getObject("booked_at", OffsetDateTime.class),
                            rs.getLong("spent_total_fen"), payee == null ? null : payee + " · " + rs.getString("purpose"));
                })
                .list();
        return new PageResult<>(items, page, size, total);
    }

    private static Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("goal_fen"),
                rs.getObject("deadline", LocalDate.class), rs.getString("purpose"),
                CampaignRule.valueOf(rs.getString("rule")), CampaignState.valueOf(rs.getString("state")),
                rs.getLong("pledged_fen"), rs.getLong("confirmed_fen"), rs.getLong("refunded_fen"),
                rs.getInt("pledge_count"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getLong("spent_fen"));
    }

    private static Pledge pledge(ResultSet rs, int n) throws SQLException {
        return new Pledge(rs.getLong("id"), rs.getString("pledger_masked"),
                rs.getObject("building_number", Integer.class), rs.getBoolean("anonymous"), rs.getLong("amount_fen"),
                rs.getLong("recorded_fen"), rs.getObject("pledged_at", OffsetDateTime.class));
    }

    private static CampaignPayment payment(ResultSet rs, int n) throws SQLException {
        return new CampaignPayment(rs.getLong("id"), rs.getLong("pledge_id"), rs.getLong("amount_fen"),
                PaymentMethod.valueOf(rs.getString("method")), rs.getString("receipt_no"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("confirmed_by"), rs.getObject("confirmed_at", OffsetDateTime.class),
                rs.getBoolean("refunded"));
    }
}
