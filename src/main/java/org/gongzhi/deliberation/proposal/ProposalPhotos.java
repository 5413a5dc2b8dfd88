package org.gongzhi.deliberation.proposal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.jdbc.Rows;

/** The rows of proposals' photos; the bytes themselves are in the photo store under their key. */
@Repository
public class ProposalPhotos {

    private final JdbcClient jdbc;

    ProposalPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long communityId, long proposalId, String key, String contentType, long size, long residentId,
            OffsetDateTime at) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_photo (community_id, proposal_id, position, storage_key, content_type, size_bytes,
                    created_at, created_by_resident_id)
                values (?, ?, (select coalesce(max(position), 0) + 1 from proposal_photo where proposal_id = ?),
                    ?, ?, ?, ?, ?)""")
                .params(communityId, proposalId, proposalId, key, contentType, size, at, residentId)
                .update(id, "id");
        return Objects.requireNonNull(id.getKey()).longValue();
    }

    int count(long proposalId) {
        return jdbc.sql("select count(*) from proposal_photo where proposal_id = ?")
                .param(proposalId).query(Integer.class).single();
    }

    boolean remove(long proposalId, long photoId) {
        return jdbc.sql("delete from proposal_photo where id = ? and proposal_id = ?")
                .params(photoId, proposalId).update() > 0;
    }

    Optional<Stored> find(long proposalId, long photoId) {
        return jdbc.sql("select storage_key, content_type from proposal_photo where id = ? and proposal_id = ?")
                .params(photoId, proposalId).query(Rows.of(Stored.class)).optional();
    }

    /** The proposal's photos in the order they were added. */
    public List<ProposalPhoto> of(long proposalId) {
        return jdbc.sql("select id from proposal_photo where proposal_id = ? order by position, id")
                .param(proposalId).query(Long.class).list().stream()
                .map(photoId -> ProposalPhoto.of(proposalId, photoId)).toList();
    }

    /** The first photo of each of the given proposals that has any, in one query. */
    Map<Long, ProposalPhoto> firstOf(List<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProposalPhoto> first = new HashMap<>();
        jdbc.sql("""
                select p.proposal_id, p.id from proposal_photo p
                where p.proposal_id in (:ids) and p.position = (select min(f.position) from proposal_photo f
                    where f.proposal_id = p.proposal_id)""")
                .param("ids", proposalIds)
                .query((rs, n) -> Map.entry(rs.getLong("proposal_id"),
                        ProposalPhoto.of(rs.getLong("proposal_id"), rs.getLong("id"))))
                .list().forEach(e -> first.putIfAbsent(e.getKey(), e.getValue()));
        return first;
    }

    record Stored(String storageKey, String contentType) {
    }
}
