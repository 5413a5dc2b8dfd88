package org.gongzhi.deliberation.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Public notices and their objections in the database. */
@Repository
public class PublicNotices {

    private final JdbcClient jdbc;

    PublicNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long communityId, long proposalId, OffsetDateTime startsAt, OffsetDateTime endsAt, long createdBy) {
        jdbc.sql("insert into proposal_notice (community_id, proposal_id, starts_at, ends_at, created_by) "
                        + "values (?, ?, ?, ?, ?)")
                .params(communityId, proposalId, startsAt, endsAt, createdBy).update();
    }

    public Optional<PublicNotice> find(long communityId, long proposalId) {
        return jdbc.sql("select starts_at, ends_at from proposal_notice where community_id = ? and proposal_id = ?")
                .params(communityId, proposalId)
                .query((rs, n) -> new PublicNotice(proposalId, rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class), List.of()))
                .optional()
                // the objections are read after the notice row, never from inside its row mapper (one connection)
                .map(notice -> new PublicNotice(proposalId, notice.startsAt(), notice.endsAt(),
                        objections(communityId, proposalId)));
    }

    private List<PublicNotice.Objection> objections(long communityId, long proposalId) {
        return jdbc.sql("select id, resident_id, text, created_at, answer, answered_at from proposal_objection "
                        + "where community_id = ? and proposal_id = ? order by id")
                .params(communityId, proposalId)
                .query((rs, n) -> new PublicNotice.Objection(rs.getLong("id"), rs.getLong("resident_id"),
                        rs.getString("text"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("answer"),
                        rs.getObject("answered_at", OffsetDateTime.class)))
                .list();
    }

    public long addObjection(long communityId, long proposalId, long residentId, String text, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into proposal_objection (community_id, proposal_id, resident_id, text, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(communityId, proposalId, residentId, text, at).update(key, "id");
        return key.getKey().longValue();
    }

    /** Answers an unanswered objection; false when there is none such (unknown or already answered). */
    public boolean answer(long communityId, long proposalId, long objectionId, String answer, long by, OffsetDateTime at) {
        return jdbc.sql("update proposal_objection set answer = ?, answered_by = ?, answered_at = ? "
                        + "where community_id = ? and proposal_id = ? and id = ? and answer is null")
                .params(answer, by, at, communityId, proposalId, objectionId).update() == 1;
    }

    boolean objectionExists(long communityId, long proposalId, long objectionId) {
        return jdbc.sql("select count(*) from proposal_objection where community_id = ? and proposal_id = ? and id = ?")
                .params(communityId, proposalId, objectionId).query(Long.class).single() > 0;
    }
}
