package org.gongzhi.voting.vote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.RowLocks;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.jdbc.SqlArrays;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteResult.Line;
import org.gongzhi.voting.VoteResult.OptionCount;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.VoteState;
import org.gongzhi.voting.tally.Figures;

/** Votes as stored: their set-up, options and scope, their state, and the tally stored when they closed. */
@Repository
public class Votes {

    private static final String COLUMNS = """
            id, community_id, kind, title, description, matter_item, elector_basis, choice_type, max_choices,
            pass_per_mille, pass_comparison, turnout_per_mille, scope_kind, include_parking, silence_clause,
            results_hidden, state, opened_on, opened_at, closed_at, version, proposal_id, closes_at""";

    private final JdbcClient jdbc;
    private final RowLocks locks;

    Votes(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public long add(long communityId, VoteDraft d, String createdBy, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into vote (community_id, kind, title, description, matter_item, elector_basis, choice_type,
                    max_choices, pass_per_mille, pass_comparison, turnout_per_mille, scope_kind, include_parking,
                    silence_clause, results_hidden, state, created_by, created_at, proposal_id, undecided_proposal_id,
                    closes_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, d.kind().name(), d.title().strip(), blankToNull(d.description()),
                        d.owners() ? d.matterItem() : null, d.effectiveBasis().name(), d.effectiveChoice().name(),
                        d.effectiveChoice() == ChoiceType.MULTIPLE ? d.maxChoices() : 1,
                        d.passRule() == null ? null : d.passRule().perMille(),
                        d.passRule() == null ? null : d.passRule().comparison().name(),
                        d.owners() ? null : d.turnoutPerMille(), d.scopeKind().name(), d.includeParking(),
                        d.silenceClause(), d.resultsHidden(), VoteState.DRAFT.name(), createdBy, at, d.proposalId(),
                        d.proposalId(), d.closesAt())
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        List<String> options = d.effectiveChoice() == ChoiceType.AGREE_DISAGREE_ABSTAIN ? List.of() : d.options();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("insert into vote_option (community_id, vote_id, position, label) values (?, ?, ?, ?)")
                    .params(communityId, id, i + 1, options.get(i)).update();
        }
        d.scope().ids().forEach(scopeId -> jdbc.sql(
                "insert into vote_scope (community_id, vote_id, scope_id) values (?, ?, ?)")
                .params(communityId, id, scopeId).update());
        return id;
    }

    public Vote get(long communityId, long id) {
        return find(communityId, id).orElseThrow(() -> new NotFound("vote " + id));
    }

    /** The vote with its options and scope, in one statement: every page and action on a vote loads it. */
    public Optional<Vote> find(long communityId, long id) {
        return find(communityId, id, "");
    }

    /**
     * The vote as {@link #find} reads it, its row held until the transaction ends so that a close or an extension (an
     * update of the row) cannot slip in before a ballot commits: what a ballot reads, in the same one statement. On
     * PostgreSQL the hold is shared: ballots go in side by side, and only a change of the vote waits for them (and
     * they for it). H2 has no shared row lock, so there the row is held alone. The number of ballots is not kept on
     * the row (a counter there made every ballot of a vote wait for the one before to commit): it is counted from the
     * current ballots where it is shown.
     */
    public Optional<Vote> holdForBallot(long communityId, long id) {
        return find(communityId, id, " " + locks.shared());
    }

    private Optional<Vote> find(long communityId, long id, String lock) {
        return jdbc.sql("select " + COLUMNS + """
                , (select array_agg(o.label order by o.position) from vote_option o
                    where o.vote_id = vote.id and o.community_id = vote.community_id) as option_labels,
                  (select array_agg(s.scope_id) from vote_scope s
                    where s.vote_id = vote.id and s.community_id = vote.community_id) as scope_ids
                from vote where id = ? and community_id = ?""" + lock)
                .params(id, communityId)
                .query((rs, row) -> vote(rs, SqlArrays.elements(rs, "option_labels", String.class),
                        SqlArrays.elements(rs, "scope_ids", Long.class)))
                .optional();
    }

    /** Saves the vote's new state, unless someone else moved it since it was loaded. */
    public void save(Vote vote, VoteAction action) {
        String stamp = switch (action) {
            case OPEN -> "opened_at";
            case CLOSE -> "closed_at";
            case PUBLISH -> "published_at";
        };
        String decided = action == VoteAction.CLOSE ? "undecided_proposal_id = null, " : "";
        int changed = jdbc.sql("update vote set state = ?, opened_on = ?, " + stamp + " = ?, " + decided
                        + "version = version + 1 where id = ? and community_id = ? and version = ?")
                .params(vote.state().name(), vote.openedOn(), vote.changedAt(), vote.id(), vote.communityId(),
                        vote.version()).update();
        if (changed == 0) {
            throw new VoteRefused("vote.refused.stale", "the vote was changed by someone else meanwhile");
        }
    }

    /** The vote that will decide the proposal and has not closed yet, if there is one. */
    public Optional<Long> undecidedFor(long communityId, long proposalId) {
        return jdbc.sql("select id from vote where community_id = ? and undecided_proposal_id = ?")
                .params(communityId, proposalId).query(Long.class).optional();
    }

    /** The proposals an open vote of the community is deciding now. */
    public Set<Long> proposalsWithOpenVote(long communityId) {
        return Set.copyOf(jdbc.sql("select proposal_id from vote where community_id = ? and state = 'OPEN'"
                + " and proposal_id is not null").param(communityId).query(Long.class).list());
    }

    /** The newest vote that names the proposal, closed or not. */
    public Optional<Vote> newestFor(long communityId, long proposalId) {
        return jdbc.sql("select id from vote where community_id = ? and proposal_id = ? order by id desc limit 1")
                .params(communityId, proposalId).query(Long.class).optional()
                .flatMap(id -> find(communityId, id));
    }

    /** Holds the vote row for a correction, so that it cannot race a close; none after the period ended. */
    public boolean holdOpen(long communityId, long voteId, OffsetDateTime now) {
        return jdbc.sql("""
                update vote set version = version
                where id = ? and community_id = ? and state = 'OPEN' and (closes_at is null or closes_at > ?)""")
                .params(voteId, communityId, now).update() == 1;
    }

    /** An open vote whose period has ended, as the closing job finds it. */
    public record Overdue(long id, long communityId) {
    }

    /** The open votes whose closing time has passed at {@code now}, earliest first (index vote_open_closes_idx). */
    public List<Overdue> overdue(OffsetDateTime now) {
        return jdbc.sql("""
                select id, community_id from vote where state = 'OPEN' and closes_at <= ? order by closes_at, id""")
                .param(now).query(Rows.of(Overdue.class)).list();
    }

    /** Locks the vote row if it is still open and past its closing time; false when it was closed meanwhile. */
    public boolean holdOverdue(Overdue due, OffsetDateTime now) {
        return jdbc.sql("""
                update vote set version = version where id = ? and community_id = ? and state = 'OPEN'
                  and closes_at <= ?""").params(due.id(), due.communityId(), now).update() == 1;
    }

    /** Keeps why the vote was closed before its closing time. */
    public void recordEarlyClose(Vote vote, String reason) {
        jdbc.sql("update vote set closed_early_reason = ? where id = ? and community_id = ?")
                .params(reason, vote.id(), vote.communityId()).update();
    }

    /** Why the vote was closed before its closing time, if it was. */
    public Optional<String> earlyCloseReason(long communityId, long voteId) {
        return jdbc.sql("""
                select closed_early_reason from vote where id = ? and community_id = ?
                  and closed_early_reason is not null""")
                .params(voteId, communityId).query(String.class).optional();
    }

    /** Moves the closing time, unless someone else changed the vote since it was loaded. */
    public void moveClosing(Vote vote, OffsetDateTime closesAt) {
        int changed = jdbc.sql("""
                        update vote set closes_at = ?, version = version + 1
                        where id = ? and community_id = ? and version = ?""")
                .params(closesAt, vote.id(), vote.communityId(), vote.version()).update();
        if (changed == 0) {
            throw new VoteRefused("vote.refused.stale", "the vote was changed by someone else meanwhile");
        }
    }

    public boolean silenceClauseAllowed(long communityId) {
        return jdbc.sql("select silence_clause from vote_rules where community_id = ?").param(communityId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Records the community's rules of procedure on the silence clause (未表决视为同意多数意见). */
    public void allowSilenceClause(long communityId, boolean allowed) {
        int changed = jdbc.sql("update vote_rules set silence_clause = ? where community_id = ?")
                .params(allowed, communityId).update();
        if (changed == 0) {
            jdbc.sql("insert into vote_rules (community_id, silence_clause) values (?, ?) on conflict do nothing")
                    .params(communityId, allowed).update();
        }
    }

    public void storeTally(long voteId, VoteResult result, OffsetDateTime at) {
        jdbc.sql("""
                insert into vote_tally (community_id, vote_id, computed_at, outcome, total_persons, total_area,
                    participating_persons, participating_area, agreeing_persons, agreeing_area, disagreeing_persons,
                    disagreeing_area, deemed_persons, deemed_area, option_counts, arithmetic)
                select community_id, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from vote where id = ?""")
                .params(at, result.outcome().name(), result.electorate().persons(),
                        result.electorate().area(), result.participating().persons(), result.participating().area(),
                        result.agreeing().persons(), result.agreeing().area(), result.disagreeing().persons(),
                        result.disagreeing().area(), result.deemed().persons(), result.deemed().area(),
                        optionText(result.options()), linesText(result.lines()), voteId)
                .update();
    }

    /** The tally stored at the close, exactly as it was then. */
    public Optional<VoteResult> storedTally(Vote vote) {
        return jdbc.sql("select * from vote_tally where vote_id = ? and community_id = ?")
                .params(vote.id(), vote.communityId())
                .query((rs, row) -> new VoteResult(vote.kind(), VoteResult.Outcome.valueOf(rs.getString("outcome")),
                        lines(rs.getString("arithmetic")), options(rs.getString("option_counts"), vote.options()),
                        figures(rs, "total"), figures(rs, "participating"), figures(rs, "agreeing"),
                        figures(rs, "disagreeing"), figures(rs, "deemed")))
                .optional();
    }

    private static Figures figures(ResultSet rs, String prefix) throws SQLException {
        return new Figures(rs.getLong(prefix + "_persons"), rs.getLong(prefix + "_area"));
    }

    private static String linesText(List<Line> lines) {
        return lines.stream().map(l -> l.test() + "|" + l.met() + "|" + l.formula()).collect(Collectors.joining("\n"));
    }

    private static List<Line> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("\n")).map(l -> l.split("\\|", 3))
                .map(p -> new Line(p[0], Boolean.parseBoolean(p[1]), p[2])).toList();
    }

    /** "position:count:adopted" per option, e.g. "1:120:true,2:30:false". */
    private static String optionText(List<OptionCount> options) {
        return options.stream().map(o -> o.position() + ":" + o.count() + ":" + o.adopted())
                .collect(Collectors.joining(","));
    }

    private static List<OptionCount> options(String text, List<String> labels) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Map<Integer, String[]> parts = new TreeMap<>();
        Arrays.stream(text.split(",")).map(p -> p.split(":")).forEach(p -> parts.put(Integer.parseInt(p[0]), p));
        return parts.values().stream().map(p -> new OptionCount(Integer.parseInt(p[0]),
                labels.get(Integer.parseInt(p[0]) - 1), Long.parseLong(p[1]), Boolean.parseBoolean(p[2]))).toList();
    }

    private static Vote vote(ResultSet rs, List<String> options, List<Long> scope) throws SQLException {
        String comparison = rs.getString("pass_comparison");
        VoteDraft setUp = new VoteDraft(VoteKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("description"), rs.getObject("matter_item", Integer.class),
                ElectorBasis.valueOf(rs.getString("elector_basis")), ChoiceType.valueOf(rs.getString("choice_type")),
                rs.getInt("max_choices"), options, rs.getObject("pass_per_mille", Integer.class),
                comparison == null ? null : Comparison.valueOf(comparison),
                rs.getObject("turnout_per_mille", Integer.class), VoteScope.Kind.valueOf(rs.getString("scope_kind")),
                new HashSet<>(scope), rs.getBoolean("include_parking"), rs.getBoolean("silence_clause"),
                rs.getBoolean("results_hidden"), rs.getObject("proposal_id", Long.class),
                rs.getObject("closes_at", OffsetDateTime.class));
        return new Vote(rs.getLong("id"), rs.getLong("community_id"), setUp, VoteState.valueOf(rs.getString("state")),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
