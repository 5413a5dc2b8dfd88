package org.gongzhi.deliberation.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.jdbc.Rows;

/** Proposals, their timelines, supports, followers and comments, as stored; counters move with their rows. */
@Repository
public class Proposals {

    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new draft with its first timeline step; returns its id. */
    public long add(Proposal draft, ProposalActor who) {
        KeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime at = draft.changes().getFirst().at();
        jdbc.sql("""
                insert into proposal (community_id, author_resident_id, title, description, category, place_kind,
                    place_code, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft.communityId(), draft.authorResidentId(), draft.content().title(),
                        draft.content().description(), draft.content().category().name(), draft.place().kind().name(),
                        draft.place().code(), draft.state().name(), at, at)
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        appendTimeline(draft.communityId(), id, draft.changes(), who);
        return id;
    }

    /** Records who raised the proposal for its author (代办) and how the author agreed. */
    public void raisedOnBehalf(long communityId, long id, OnBehalf helped) {
        jdbc.sql("""
                update proposal set on_behalf_by_account = ?, on_behalf_by_name = ?, consent_method = ?,
                    consent_note = ? where id = ? and community_id = ?""")
                .params(helped.helperAccountId(), helped.helperName(), helped.consent().name(), helped.consentNote(),
                        id, communityId).update();
    }

    public Proposal get(long communityId, long id) {
        return find(communityId, id).orElseThrow(() -> new NotFound("proposal " + id));
    }

    public Optional<Proposal> find(long communityId, long id) {
        return jdbc.sql("""
                select id, community_id, author_resident_id, version, title, description, category, place_kind,
                    place_code, state, merged_into_id, meeting, agenda_threshold
                from proposal where id = ? and community_id = ?""")
                .params(id, communityId).query(Proposals::proposal).optional();
    }

    /** The proposals with these ids (those of the community), by id, in one statement; none for no ids. */
    public Map<Long, Proposal> all(long communityId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Proposal> found = new HashMap<>();
        jdbc.sql("""
                select id, community_id, author_resident_id, version, title, description, category, place_kind,
                    place_code, state, merged_into_id, meeting, agenda_threshold
                from proposal where community_id = :community and id in (:ids)""")
                .param("community", communityId).param("ids", ids).query(Proposals::proposal).list()
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    /**
     * Locks the proposal's row until the transaction ends and counts it as changed, so that a step on a copy loaded
     * before fails as stale (a vote is being set up to decide it).
     */
    public void hold(long communityId, long id) {
        jdbc.sql("update proposal set version = version + 1 where id = ? and community_id = ?")
                .params(id, communityId).update();
    }

    /** Saves the proposal's content, state and timeline, unless someone else moved it since it was loaded. */
    public void save(Proposal proposal, ProposalActor who, OffsetDateTime at) {
        boolean submitted = proposal.changes().stream().anyMatch(c -> c.to() == ProposalState.SUBMITTED);
        int changed = jdbc.sql("""
                update proposal set title = :title, description = :description, category = :category,
                    place_kind = :kind, place_code = :code, state = :state, merged_into_id = :merged,
                    meeting = :meeting, agenda_threshold = :threshold, updated_at = :at, version = version + 1
                """ + (submitted ? ", submitted_at = :at" : "")
                        + " where id = :id and community_id = :community and version = :version")
                .param("title", proposal.content().title()).param("description", proposal.content().description())
                .param("category", proposal.content().category().name())
                .param("kind", proposal.place().kind().name()).param("code", proposal.place().code())
                .param("state", proposal.state().name()).param("merged", proposal.mergedIntoId(), Types.BIGINT)
                .param("meeting", proposal.meeting(), Types.VARCHAR)
                .param("threshold", proposal.agendaThreshold(), Types.INTEGER).param("at", at)
                .param("id", proposal.id()).param("community", proposal.communityId())
                .param("version", proposal.version())
                .update();
        if (changed == 0) {
            throw new Refused("proposal.refused.stale",
                    "the proposal was changed by someone else meanwhile");
        }
        appendTimeline(proposal.communityId(), proposal.id(), proposal.changes(), who);
    }

    /** Records a support once, however often or concurrently asked; true if it was new. */
    public boolean addSupport(long communityId, long proposalId, long residentId, OffsetDateTime at) {
        int added = jdbc.sql("""
                insert into proposal_support (community_id, proposal_id, resident_id, supported_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(communityId, proposalId, residentId, at).update();
        return moveCounter(communityId, "supports", proposalId, added);
    }

    public boolean withdrawSupport(long communityId, long proposalId, long residentId) {
        int removed = jdbc.sql(
                        "delete from proposal_support where proposal_id = ? and community_id = ? and resident_id = ?")
                .params(proposalId, communityId, residentId).update();
        return moveCounter(communityId, "supports", proposalId, -removed);
    }

    public boolean supports(long communityId, long proposalId, Long residentId) {
        return residentId != null && jdbc.sql("""
                select count(*) from proposal_support where proposal_id = ? and community_id = ? and resident_id = ?""")
                .params(proposalId, communityId, residentId).query(Long.class).single() > 0;
    }

    public long supportCount(long communityId, long proposalId) {
        return jdbc.sql("select supports from proposal where id = ? and community_id = ?").params(proposalId, communityId)
                .query(Long.class).single();
    }

    /** Copies the supports and followers of a merged proposal to its target, each resident counted once. */
    public void moveSupportersAndFollowers(long communityId, long fromId, long toId, long fromAuthor,
            long targetAuthor, OffsetDateTime at) {
        jdbc.sql("""
                insert into proposal_support (community_id, proposal_id, resident_id, supported_at)
                select community_id, ?, resident_id, supported_at from proposal_support
                where proposal_id = ? and community_id = ? and resident_id <> ? on conflict do nothing""")
                .params(toId, fromId, communityId, targetAuthor).update();
        if (fromAuthor != targetAuthor) {
            addSupport(communityId, toId, fromAuthor, at);
        }
        jdbc.sql("""
                insert into proposal_follower (community_id, proposal_id, resident_id, followed_at)
                select community_id, ?, resident_id, followed_at from proposal_follower
                where proposal_id = ? and community_id = ? on conflict do nothing""")
                .params(toId, fromId, communityId).update();
        jdbc.sql("""
                update proposal set
                    supports = (select count(*) from proposal_support s where s.proposal_id = proposal.id),
                    followers = (select count(*) from proposal_follower f where f.proposal_id = proposal.id)
                where id = ? and community_id = ?""").params(toId, communityId).update();
    }

    public boolean follow(long communityId, long proposalId, long residentId, OffsetDateTime at) {
        int added = jdbc.sql("""
                insert into proposal_follower (community_id, proposal_id, resident_id, followed_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(communityId, proposalId, residentId, at).update();
        return moveCounter(communityId, "followers", proposalId, added);
    }

    public boolean unfollow(long communityId, long proposalId, long residentId) {
        int removed = jdbc.sql(
                        "delete from proposal_follower where proposal_id = ? and community_id = ? and resident_id = ?")
                .params(proposalId, communityId, residentId).update();
        return moveCounter(communityId, "followers", proposalId, -removed);
    }

    public boolean follows(long communityId, long proposalId, Long residentId) {
        return residentId != null && jdbc.sql("""
                select count(*) from proposal_follower where proposal_id = ? and community_id = ? and resident_id = ?""")
                .params(proposalId, communityId, residentId).query(Long.class).single() > 0;
    }

    public long addComment(long communityId, long proposalId, Long parentId, long residentId, String authorName,
            Stance stance, String body, OffsetDateTime at) {
        return addComment(communityId, proposalId, parentId, residentId, null, authorName, stance, body, at);
    }

    /** A comment by an account, linked to its resident when it has one (an unverified account has none). */
    public long addComment(long communityId, long proposalId, Long parentId, Long residentId, Long accountId,
            String authorName, Stance stance, String body, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_comment (community_id, proposal_id, parent_id, author_resident_id,
                    author_account_id, author_name, stance, body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, proposalId, parentId, residentId, accountId, authorName, stance.name(), body, at)
                .update(key, "id");
        moveCounter(communityId, "comments", proposalId, 1);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public Optional<StoredComment> comment(long communityId, long proposalId, long commentId) {
        return jdbc.sql("""
                select id, parent_id, author_resident_id, author_account_id, hidden_at is not null as hidden
                from proposal_comment
                where id = ? and proposal_id = ? and community_id = ?""")
                .params(commentId, proposalId, communityId).query(Rows.of(StoredComment.class)).optional();
    }

    /** Hides a comment once; its words stay stored. True if it was hidden now. */
    public boolean hideComment(long communityId, long commentId, String hiddenBy, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                update proposal_comment set hidden_at = ?, hidden_by_name = ?, hidden_reason = ?
                where id = ? and community_id = ? and hidden_at is null""")
                .params(at, hiddenBy, reason, commentId, communityId).update() > 0;
    }

    /** The threshold set for the community, if any. */
    /** The proposal of this title in the community, the newest if several share it (the demo names its own so). */
    public Optional<Long> idByTitle(long communityId, String title) {
        return jdbc.sql("select id from proposal where community_id = ? and title = ? order by id desc limit 1")
                .params(communityId, title).query(Long.class).optional();
    }

    /** Dates a step already on the proposal's timeline, for the demo that tells what happened weeks ago. */
    public void dateStep(long proposalId, ProposalAction action, OffsetDateTime at) {
        jdbc.sql("update proposal_event set occurred_at = ? where proposal_id = ? and action = ?")
                .params(at, proposalId, action.name()).update();
    }

    public Optional<Integer> agendaThreshold(long communityId) {
        return jdbc.sql("select agenda_threshold from deliberation_setting where community_id = ?")
                .param(communityId).query(Integer.class).optional();
    }

    private boolean moveCounter(long communityId, String counter, long proposalId, int by) {
        if (by != 0) {
            jdbc.sql("update proposal set " + counter + " = " + counter + " + ? where id = ? and community_id = ?")
                    .params(by, proposalId, communityId).update();
        }
        return by != 0;
    }

    private void appendTimeline(long communityId, long proposalId, List<ProposalChange> changes, ProposalActor who) {
        for (ProposalChange c : changes) {
            jdbc.sql("""
                    insert into proposal_event (community_id, proposal_id, occurred_at, action, from_state, to_state,
                        actor_account_id, actor_resident_id, actor_name, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(communityId, proposalId, c.at(), c.action(), c.from() == null ? null : c.from().name(),
                            c.to().name(), who.accountId(), who.residentId(), who.name(), c.reason())
                    .update();
        }
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        return new Proposal(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("author_resident_id"),
                rs.getInt("version"),
                new ProposalContent(rs.getString("title"), rs.getString("description"),
                        ProposalCategory.valueOf(rs.getString("category"))),
                new ProposalPlace(ProposalPlace.Kind.valueOf(rs.getString("place_kind")), rs.getString("place_code")),
                ProposalState.valueOf(rs.getString("state")), rs.getObject("merged_into_id", Long.class),
                rs.getString("meeting"), rs.getObject("agenda_threshold", Integer.class));
    }

    /** Just enough of a comment to decide who may hide it and whether it can be replied to. */
    public record StoredComment(long id, Long parentId, Long authorResidentId, Long authorAccountId, boolean hidden) {
    }
}
