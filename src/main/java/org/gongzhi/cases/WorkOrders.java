package org.gongzhi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.jdbc.Rows;

/** Work orders, their timelines, photos and "me too"s, as stored. */
@Repository
public class WorkOrders {

    public static final String PHOTO_REPORT = "REPORT";
    public static final String PHOTO_HANDLED = "HANDLED";

    private final JdbcClient jdbc;

    WorkOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a newly reported order with its first timeline step; returns its id. */
    public long add(WorkOrder order, String description, CasePlaces.Located where, boolean anonymous,
            CaseActor who) {
        return add(order, description, where, anonymous, who, null);
    }

    /** A new order; {@code helped} when a helper reported it for the resident (代办), with their consent. */
    public long add(WorkOrder order, String description, CasePlaces.Located where, boolean anonymous,
            CaseActor who, org.gongzhi.identity.OnBehalf helped) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into work_order (community_id, category, state, description, place_kind, place_code,
                    stairwell_id, building_id, grid_id, reporter_resident_id, anonymous, reported_at,
                    on_behalf_by_account, on_behalf_by_name, consent_method, consent_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(order.communityId(), order.category().name(), order.state().name(), description,
                        where.place().kind().name(), where.place().code(), where.stairwellId(), where.buildingId(),
                        where.gridId(), order.reporterResidentId(), anonymous, order.changes().getFirst().at(),
                        helped == null ? null : helped.helperAccountId(), helped == null ? null : helped.helperName(),
                        helped == null ? null : helped.consent().name(), helped == null ? null : helped.consentNote())
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        appendTimeline(order.communityId(), id, order.changes(), who);
        return id;
    }

    public WorkOrder get(long communityId, long id) {
        return jdbc.sql("""
                select id, community_id, category, grid_id, reporter_resident_id, version, state, responsible_party,
                    outside_department, deadline, rework_count, escalated, rating, rating_comment
                from work_order where id = ? and community_id = ?""")
                .params(id, communityId).query(WorkOrders::order).optional()
                .orElseThrow(() -> new NotFound("case " + id));
    }

    /** Saves the order's new state and timeline, unless someone else moved it since it was loaded. */
    public void save(WorkOrder order, CaseActor who) {
        int changed = jdbc.sql("""
                update work_order set state = ?, responsible_party = ?, outside_department = ?, deadline = ?,
                    rework_count = ?, escalated = ?, rating = ?, rating_comment = ?, version = version + 1
                where id = ? and version = ?""")
                .params(order.state().name(), order.party() == null ? null : order.party().name(),
                        order.outsideDepartment(), order.deadline(), order.reworkCount(), order.escalated(),
                        order.rating(), order.ratingComment(), order.id(), order.version())
                .update();
        if (changed == 0) {
            throw new Refused("case.refused.stale", "the case was changed by someone else meanwhile");
        }
        appendTimeline(order.communityId(), order.id(), order.changes(), who);
    }

    public long addPhoto(long communityId, long orderId, String purpose, String storageKey, PhotoUpload photo,
            OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into case_photo (community_id, work_order_id, purpose, storage_key, content_type, size_bytes,
                    uploaded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, orderId, purpose, storageKey, photo.contentType(), photo.bytes().length, at)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    public Optional<StoredPhoto> photo(long orderId, long photoId) {
        return jdbc.sql("select storage_key, content_type from case_photo where id = ? and work_order_id = ?")
                .params(photoId, orderId).query(Rows.of(StoredPhoto.class)).optional();
    }

    /** Records a resident's "me too" once, however often or concurrently they ask; returns the count. */
    public long addMeToo(long communityId, long orderId, long residentId, OffsetDateTime at) {
        jdbc.sql("""
                insert into case_me_too (community_id, work_order_id, resident_id, joined_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(communityId, orderId, residentId, at).update();
        return jdbc.sql("select count(*) from case_me_too where work_order_id = ?").param(orderId)
                .query(Long.class).single();
    }

    public boolean joined(long orderId, long residentId) {
        return jdbc.sql("select count(*) from case_me_too where work_order_id = ? and resident_id = ?")
                .params(orderId, residentId).query(Long.class).single() > 0;
    }

    /** Orders past their deadline and not yet escalated, in every community. */
    public List<OrderRef> overdueCandidates(OffsetDateTime now) {
        return jdbc.sql("""
                select community_id, id from work_order where escalated = false and deadline < ?
                and state in ('DISPATCHED', 'IN_HANDLING') order by deadline""")
                .param(now).query(Rows.of(OrderRef.class)).list();
    }

    private void appendTimeline(long communityId, long orderId, List<CaseEvent> events, CaseActor who) {
        for (CaseEvent e : events) {
            jdbc.sql("""
                    insert into case_event (community_id, work_order_id, occurred_at, action, from_state, to_state,
                        actor_account_id, actor_resident_id, actor_name, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(communityId, orderId, e.at(), e.action(), e.from() == null ? null : e.from().name(),
                            e.to() == null ? null : e.to().name(), who.accountId(), who.residentId(), who.name(),
                            e.note())
                    .update();
        }
    }

    private static WorkOrder order(ResultSet rs, int row) throws SQLException {
        String party = rs.getString("responsible_party");
        return new WorkOrder(rs.getLong("id"), rs.getLong("community_id"),
                CaseCategory.valueOf(rs.getString("category")), rs.getLong("grid_id"),
                rs.getObject("reporter_resident_id", Long.class), rs.getInt("version"),
                CaseState.valueOf(rs.getString("state")), party == null ? null : ResponsibleParty.valueOf(party),
                rs.getString("outside_department"), rs.getObject("deadline", OffsetDateTime.class),
                rs.getInt("rework_count"), rs.getBoolean("escalated"), rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"));
    }

    /** A photo's place in the store. */
    /** The current state of each of the community's orders named, for modules that keep an order's id. */
    public Map<Long, CaseState> states(long communityId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CaseState> states = new HashMap<>();
        jdbc.sql("select id, state from work_order where community_id = :community and id in (:ids)")
                .param("community", communityId).param("ids", ids)
                .query((rs, n) -> states.put(rs.getLong("id"), CaseState.valueOf(rs.getString("state")))).list();
        return states;
    }

    public record StoredPhoto(String storageKey, String contentType) {
    }

    /** Just enough to find an order again. */
    public record OrderRef(long communityId, long id) {
    }

    /** Marks an order as the one that carries out an adopted proposal. */
    public void linkProposal(long communityId, long orderId, long proposalId) {
        jdbc.sql("update work_order set proposal_id = ? where community_id = ? and id = ?")
                .params(proposalId, communityId, orderId).update();
    }

    /** The order that carries out a proposal, if one does. */
    public Optional<Long> forProposal(long communityId, long proposalId) {
        return jdbc.sql("select id from work_order where community_id = ? and proposal_id = ?")
                .params(communityId, proposalId).query(Long.class).optional();
    }

    /** The proposal an order carries out, if it does. */
    public Optional<Long> proposalOf(long communityId, long orderId) {
        return jdbc.sql("""
                select proposal_id from work_order where community_id = ? and id = ? and proposal_id is not null""")
                .params(communityId, orderId).query(Long.class).optional();
    }
}
