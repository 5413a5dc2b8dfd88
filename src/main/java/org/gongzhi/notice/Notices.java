package org.gongzhi.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.web.PageResult;

/**
 * Notices and their read receipts in the database. The register is read through its views: a resident's place
 * through {@code register_resident} and {@code register_stairwell}, an audience's households through
 * {@code register_household}. A receipt is one row per household, so a count is exact however many read at once.
 */
@Repository
public class Notices {

    private static final String NOTICE = """
            select n.id, n.community_id, n.category, n.audience, n.audience_id, n.audience_name, n.title, n.body,
            n.pinned, n.publish_at, n.take_down_at, n.published_by, n.source_link,
            (select count(*) from notice_read r where r.notice_id = n.id) as reads,
            exists (select 1 from notice_read m where m.notice_id = n.id and m.household_id = ?) as read_by_me
            from notice n
            """;
    /** The notices addressed to a place: five parameters, stairwell, building, zone, grid… in this order. */
    private static final String FOR_PLACE = """
             (n.audience = 'COMMUNITY' or n.audience = 'STAIRWELL' and n.audience_id = ?
             or n.audience = 'BUILDING' and n.audience_id = ? or n.audience = 'ZONE' and n.audience_id = ?
             or n.audience = 'GRID' and n.audience_id = ?)""";
    private static final String POSTED = " n.publish_at <= ? and (n.take_down_at is null or n.take_down_at > ?)";
    private static final String ORDER = " order by n.pinned desc, n.publish_at desc, n.id desc";

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the resident lives now; empty once they moved out. */
    public Optional<Place> placeOf(long communityId, long residentId) {
        return jdbc.sql("""
                select r.household_id, s.id, s.building_id, s.zone_id, s.grid_id from register_resident r
                join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and r.id = ? and r.moved_out is null""").params(communityId, residentId)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))).optional();
    }

    /** A stairwell as a place, for its board sheet: no household reads through it. */
    public Optional<Place> stairwell(long communityId, String code) {
        return jdbc.sql("""
                select s.id, s.building_id, s.zone_id, s.grid_id from register_stairwell s
                where s.community_id = ? and s.code = ?""").params(communityId, code)
                .query((rs, n) -> new Place(-1, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .optional();
    }

    /** A place a notice may be addressed to, as a form offers it ({@code GRID:5}). */
    public record Choice(Audience audience, long id, String name, Long branchId) {
        public String value() {
            return audience + ":" + id;
        }
    }

    /** Every zone, grid, building and stairwell of the community, in that order. */
    public List<Choice> choices(long communityId) {
        return jdbc.sql("""
                select 'ZONE' as kind, id, name, cast(null as bigint) as branch, 0 as k, 0 as n
                from register_zone where community_id = :c
                union all select 'GRID', id, name, grid_branch_id, 1, number from register_grid where community_id = :c
                union all select 'BUILDING', id, cast(number as varchar(20)), cast(null as bigint), 2, number
                from register_building where community_id = :c
                union all select 'STAIRWELL', id, code, grid_branch_id, 3, 0 from register_stairwell
                where community_id = :c
                order by k, n, name""").param("c", communityId)
                .query((rs, n) -> new Choice(Audience.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, Long.class))).list();
    }

    /** The name of the place in the community, and the grid branch it lies in (for grids and stairwells). */
    public record Target(String name, Long branchId) {
    }

    public Optional<Target> target(long communityId, Audience audience, Long id) {
        String sql = switch (audience) {
            case COMMUNITY -> "select name, cast(null as bigint) from register_community where id = ?";
            case ZONE -> "select name, cast(null as bigint) from register_zone where community_id = ? and id = ?";
            case GRID -> "select name, grid_branch_id from register_grid where community_id = ? and id = ?";
            case BUILDING -> """
                    select cast(number as varchar(20)), cast(null as bigint) from register_building
                    where community_id = ? and id = ?""";
            case STAIRWELL -> "select code, grid_branch_id from register_stairwell where community_id = ? and id = ?";
        };
        return jdbc.sql(sql).params(audience == Audience.COMMUNITY ? List.of(communityId) : List.of(communityId, id))
                .query((rs, n) -> new Target(rs.getString(1), rs.getObject(2, Long.class))).optional();
    }

    public long add(long communityId, NoticeInput input, String audienceName, OffsetDateTime publishAt, String by,
            OffsetDateTime now) {
        return insert(communityId, input, audienceName, publishAt, by, now, null, null, "").orElseThrow();
    }

    /** Marks a notice staff published as one that tells its audience's inboxes when it goes up, but not its author's. */
    public void tellAudienceWhenUp(long noticeId, Long authorResidentId) {
        jdbc.sql("update notice set audience_pending = true, author_resident_id = ? where id = ?")
                .params(authorResidentId, noticeId).update();
    }

    /** A notice whose audience is still to be told: where, and whom to skip. */
    public record Untold(long id, long communityId, Audience audience, Long audienceId, String title,
            Long authorResidentId) {
    }

    /**
     * Claims the notice for telling its audience, if it is up and nobody has told them yet; of two instances trying
     * at once, the second waits for the first's row lock and then finds nothing left to claim.
     */
    public Optional<Untold> claimUntold(long communityId, long noticeId, OffsetDateTime now) {
        int claimed = jdbc.sql("""
                update notice set audience_pending = false, audience_told_at = ? where community_id = ? and id = ?
                and audience_pending = true and publish_at <= ? and (take_down_at is null or take_down_at > ?)""")
                .params(now, communityId, noticeId, now, now).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, community_id, audience, audience_id, title, author_resident_id from notice
                where community_id = ? and id = ?""").params(communityId, noticeId)
                .query((rs, n) -> new Untold(rs.getLong(1), rs.getLong(2), Audience.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, Long.class))).optional();
    }

    /** The notices up now whose audience is still to be told (published ahead of time), as {community, id}. */
    public List<long[]> untold(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                select community_id, id from notice where audience_pending = true and publish_at <= ?
                and (take_down_at is null or take_down_at > ?) order by publish_at, id limit ?""").params(now, now, limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Adds a notice an event caused, unless that source already has one; answers its id if added. */
    public Optional<Long> addFromSource(long communityId, NoticeInput input, String audienceName,
            OffsetDateTime publishAt, String by, OffsetDateTime now, String sourceKey, String sourceLink) {
        return insert(communityId, input, audienceName, publishAt, by, now, sourceKey, sourceLink,
                " on conflict do nothing");
    }

    private Optional<Long> insert(long communityId, NoticeInput input, String audienceName, OffsetDateTime publishAt,
            String by, OffsetDateTime now, String sourceKey, String sourceLink, String onConflict) {
        KeyHolder key = new GeneratedKeyHolder();
        int added = jdbc.sql("""
                insert into notice (community_id, category, audience, audience_id, audience_name, title, body, pinned,
                publish_at, take_down_at, published_by, created_at, source_key, source_link)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + onConflict)
                .params(communityId, input.category().name(), input.audience().name(),
                        input.audience() == Audience.COMMUNITY ? null : input.audienceId(), audienceName,
                        input.title(), input.body(), input.pinned(), publishAt, input.takeDownAt(), by, now,
                        sourceKey, sourceLink)
                .update(key, "id");
        return added == 0 || key.getKey() == null ? Optional.empty() : Optional.of(key.getKey().longValue());
    }

    /** Any notice of the community, as staff see it; {@code householdId} marks whether that household read it. */
    public Optional<Notice> get(long communityId, long id, long householdId) {
        return jdbc.sql(NOTICE + " where n.community_id = ? and n.id = ?").params(householdId, communityId, id)
                .query(Notices::notice).optional();
    }

    /** The notice if it is posted now for the resident's place. */
    public Optional<Notice> posted(long communityId, long id, Place place, OffsetDateTime now) {
        List<Object> params = new ArrayList<>(List.of(place.householdId(), communityId, id));
        params.addAll(placeParams(place));
        params.addAll(List.of(now, now));
        return jdbc.sql(NOTICE + " where n.community_id = ? and n.id = ? and" + FOR_PLACE + " and" + POSTED)
                .params(params).query(Notices::notice).optional();
    }

    /** The notices posted now for the place, pinned first, then newest first. */
    public PageResult<Notice> postedFor(long communityId, Place place, OffsetDateTime now, int page, int size) {
        List<Object> where = new ArrayList<>(List.of(communityId));
        where.addAll(placeParams(place));
        where.addAll(List.of(now, now));
        String condition = " where n.community_id = ? and" + FOR_PLACE + " and" + POSTED;
        long total = jdbc.sql("select count(*) from notice n" + condition).params(where).query(Long.class).single();
        List<Object> params = new ArrayList<>(List.of(place.householdId()));
        params.addAll(where);
        params.addAll(List.of(size, page * size));
        List<Notice> items = jdbc.sql(NOTICE + condition + ORDER + " limit ? offset ?").params(params)
                .query(Notices::notice).list();
        return new PageResult<>(items, page, size, total);
    }

    /** The notices addressed to the place that were published in [from, to), oldest first, at most {@code limit}. */
    public List<Notice> publishedFor(long communityId, Place place, OffsetDateTime from, OffsetDateTime to,
            int limit) {
        List<Object> params = new ArrayList<>(List.of(-1L, communityId));
        params.addAll(placeParams(place));
        params.addAll(List.of(from, to, limit));
        return jdbc.sql(NOTICE + " where n.community_id = ? and" + FOR_PLACE
                + " and n.publish_at >= ? and n.publish_at < ? order by n.publish_at, n.id limit ?").params(params)
                .query(Notices::notice).list();
    }

    /**
     * The notices posted now in the whole community that are addressed to a stairwell, building or grid, newest
     * first, at most {@code limit}, each with where it is addressed as the register names it (stairwell code,
     * building number, grid number): the notices layer of the estate map as staff see it.
     */
    public List<Located> postedAtPlaces(long communityId, OffsetDateTime now, int limit) {
        return jdbc.sql(NOTICE + " where n.community_id = ? and n.audience in ('STAIRWELL', 'BUILDING', 'GRID') and"
                        + POSTED + " order by n.publish_at desc, n.id desc limit ?")
                .params(-1L, communityId, now, now, limit).query(Notices::notice).list().stream()
                .flatMap(n -> located(n).stream()).toList();
    }

    /** The notices posted now for the resident's place that are addressed to its stairwell, building or grid. */
    public List<Located> postedAtPlacesFor(long communityId, Place place, OffsetDateTime now, int limit) {
        return postedFor(communityId, place, now, 0, limit).items().stream()
                .filter(n -> n.audience() == Audience.STAIRWELL || n.audience() == Audience.BUILDING
                        || n.audience() == Audience.GRID)
                .flatMap(n -> located(n).stream()).toList();
    }

    private Optional<Located> located(Notice n) {
        String sql = switch (n.audience()) {
            case STAIRWELL -> "select code from register_stairwell where id = ?";
            case BUILDING -> "select number from register_building where id = ?";
            case GRID -> "select number from register_grid where id = ?";
            default -> null;
        };
        return sql == null || n.audienceId() == null ? Optional.empty()
                : jdbc.sql(sql).param(n.audienceId()).query((rs, row) -> rs.getString(1)).optional()
                        .map(code -> new Located(n, code));
    }

    /** A notice and the code of the place it is addressed to. */
    public record Located(Notice notice, String placeCode) {
    }

    /** Every notice of the community, scheduled and taken down too, newest first. */
    public PageResult<Notice> all(long communityId, int page, int size) {
        long total = jdbc.sql("select count(*) from notice where community_id = ?").params(communityId)
                .query(Long.class).single();
        List<Notice> items = jdbc.sql(NOTICE + " where n.community_id = ? order by n.publish_at desc, n.id desc"
                + " limit ? offset ?").params(-1L, communityId, size, page * size).query(Notices::notice).list();
        return new PageResult<>(items, page, size, total);
    }

    /** How many notices posted now for the place the household has not read. */
    public long unread(long communityId, Place place, OffsetDateTime now) {
        List<Object> params = new ArrayList<>(List.of(communityId));
        params.addAll(placeParams(place));
        params.addAll(List.of(now, now, place.householdId()));
        return jdbc.sql("select count(*) from notice n where n.community_id = ? and" + FOR_PLACE + " and" + POSTED
                + " and not exists (select 1 from notice_read r where r.notice_id = n.id and r.household_id = ?)")
                .params(params).query(Long.class).single();
    }

    /** Records that the household read the notice; a second reader of the household adds nothing. */
    public boolean markRead(long noticeId, Place place, long residentId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into notice_read (community_id, notice_id, household_id, resident_id, read_at)
                values ((select community_id from notice where id = ?), ?, ?, ?, ?)
                on conflict do nothing""").params(noticeId, noticeId, place.householdId(), residentId, now).update() > 0;
    }

    /** The households living in the notice's place now, how many read it, and the stairwells none of them read. */
    public ReadCount readCount(Notice notice) {
        List<Object[]> rows = jdbc.sql("""
                select s.code, count(h.id), count(r.household_id) from register_stairwell s
                join register_household h on h.stairwell_id = s.id and h.dissolved_on is null
                left join notice_read r on r.household_id = h.id and r.notice_id = ?
                where s.community_id = ? and\s""" + notice.audience().stairwellsOf() + " group by s.code order by s.code")
                .params(notice.audience() == Audience.COMMUNITY ? List.of(notice.id(), notice.communityId())
                        : List.of(notice.id(), notice.communityId(), notice.audienceId()))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
        long households = rows.stream().mapToLong(r -> (Long) r[1]).sum();
        long read = rows.stream().mapToLong(r -> (Long) r[2]).sum();
        return new ReadCount(households, read,
                rows.stream().filter(r -> (Long) r[2] == 0).map(r -> (String) r[0]).toList());
    }

    private static List<Object> placeParams(Place place) {
        return List.of(place.stairwellId(), place.buildingId(), place.zoneId(), place.gridId());
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getLong("community_id"),
                NoticeCategory.valueOf(rs.getString("category")), Audience.valueOf(rs.getString("audience")),
                rs.getObject("audience_id", Long.class), rs.getString("audience_name"), rs.getString("title"),
                rs.getString("body"), rs.getBoolean("pinned"), rs.getObject("publish_at", OffsetDateTime.class),
                rs.getObject("take_down_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getString("source_link"), rs.getLong("reads"), rs.getBoolean("read_by_me"));
    }
}
