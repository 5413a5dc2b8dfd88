package org.gongzhi.renewal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Funding lines and held payments in the database. A line's total spent changes in one conditional statement, so
 * concurrent payments never take a line past its amount unless a second person overrode it.
 */
@Repository
public class FundingLines {

    private final JdbcClient jdbc;

    FundingLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long communityId, long projectId, FundingLineInput.Line line, String by, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_funding_line (community_id, project_id, source, label, amount_fen, vote_id,
                vote_approved_fen, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, projectId, line.source().name(), line.label(), line.amountFen(), line.voteId(),
                        line.voteApprovedFen(), by, at)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The project's lines in the order they were added (vote titles not filled in). */
    public List<FundingLine> of(long projectId) {
        return jdbc.sql("""
                select id, source, label, amount_fen, spent_fen, vote_id, vote_approved_fen from renewal_funding_line
                where project_id = ? order by id""").param(projectId)
                .query((rs, n) -> new FundingLine(rs.getLong("id"), FundingSource.valueOf(rs.getString("source")),
                        rs.getString("label"), rs.getLong("amount_fen"), rs.getLong("spent_fen"),
                        rs.getObject("vote_id", Long.class), null, rs.getObject("vote_approved_fen", Long.class)))
                .list();
    }

    /**
     * Locks the owners' vote's row until the transaction ends (creating it the first time), so that lines naming the
     * vote are checked against what it approved one after another, whichever projects they are added to.
     */
    public void lockVote(long communityId, long voteId) {
        jdbc.sql("""
                insert into renewal_fund_vote (community_id, vote_id) values (?, ?)
                on conflict do nothing""").params(communityId, voteId).update();
        jdbc.sql("select vote_id from renewal_fund_vote where community_id = ? and vote_id = ? for update")
                .params(communityId, voteId).query(Long.class).single();
    }

    /** The lines of the community that name this owners' vote: what they add up to and the approved amounts stated. */
    public VoteUse useOf(long communityId, long voteId) {
        return jdbc.sql("""
                select coalesce(sum(amount_fen), 0) as used, min(vote_approved_fen) as lowest
                from renewal_funding_line where community_id = ? and vote_id = ?""")
                .params(communityId, voteId)
                .query((rs, n) -> new VoteUse(rs.getLong("used"), rs.getObject("lowest", Long.class)))
                .single();
    }

    /** Adds a payment to a line if it stays within the line's amount (or always, when overridden); false otherwise. */
    public boolean spend(long projectId, long lineId, long amountFen, boolean overridden) {
        return jdbc.sql("""
                update renewal_funding_line set spent_fen = spent_fen + ?
                where project_id = ? and id = ? and (spent_fen + ? <= amount_fen or ?)""")
                .params(amountFen, projectId, lineId, amountFen, overridden).update() == 1;
    }

    /** A held payment of this project: who booked it, on which line, how much. */
    public Optional<Held> held(long projectId, long entryId) {
        return jdbc.sql("""
                select id, line_id, amount_fen, booked_by_account from renewal_spending
                where project_id = ? and id = ? and held""").params(projectId, entryId)
                .query((rs, n) -> new Held(rs.getLong("id"), rs.getLong("line_id"), rs.getLong("amount_fen"),
                        rs.getObject("booked_by_account", Long.class)))
                .optional();
    }

    /** Lets a held payment count, with the second person's reason; false if someone else did so first. */
    public boolean override(long entryId, String reason, long byAccount, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update renewal_spending set held = false, override_reason = ?, override_by = ?,
                override_by_account = ?, override_at = ? where id = ? and held""")
                .params(reason, by, byAccount, at, entryId).update() == 1;
    }

    /** The key and type of a payment's receipt photo. */
    public Optional<Projects.StoredPhoto> receipt(long projectId, long entryId) {
        return jdbc.sql("""
                select receipt_key, receipt_type from renewal_spending
                where project_id = ? and id = ? and receipt_key is not null""").params(projectId, entryId)
                .query((rs, n) -> new Projects.StoredPhoto(rs.getString("receipt_key"), rs.getString("receipt_type")))
                .optional();
    }

    /** The community's lines added up by source: amount and spent, in the order of {@link FundingSource}. */
    public List<SourceTotal> bySource(long communityId) {
        return jdbc.sql("""
                select source, sum(amount_fen) as amount_fen, sum(spent_fen) as spent_fen from renewal_funding_line
                where community_id = ? group by source""").param(communityId)
                .query((rs, n) -> new SourceTotal(FundingSource.valueOf(rs.getString("source")),
                        rs.getLong("amount_fen"), rs.getLong("spent_fen")))
                .list().stream().sorted(java.util.Comparator.comparing(SourceTotal::source)).toList();
    }

    /** What the lines naming one vote use of it, and the approved amount the first of them stated (null if none). */
    public record VoteUse(long usedFen, Long approvedFen) {
    }

    /** A payment waiting for a second person's override. */
    public record Held(long id, long lineId, long amountFen, Long bookedByAccount) {
    }
}
