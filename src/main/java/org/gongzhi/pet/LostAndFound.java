package org.gongzhi.pet;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;

/** The lost-and-found board in the database. */
@Repository
public class LostAndFound {

    private static final String NOTICE = """
            select id, kind, species, pet_id, description, place, seen_on, household_id, stairwell_code,
            status = 'REUNITED' as reunited, reunited_with, created_at, photo_key is not null as has_photo
            from pet_notice
            """;
    private static final Rows<PetNotice> NOTICES = Rows.of(PetNotice.class);

    private final JdbcClient jdbc;

    LostAndFound(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long post(long communityId, NoticeInput input, Home home, String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pet_notice (community_id, kind, species, pet_id, description, place, seen_on, household_id,
                stairwell_code, posted_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, input.kind().name(), input.species().name(), input.petId(),
                        input.description().strip(), input.place().strip(), input.seenOn(),
                        home == null ? null : home.householdId(), home == null ? null : home.stairwellCode(), by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void photograph(long id, String key, String contentType) {
        jdbc.sql("update pet_notice set photo_key = ?, photo_type = ? where id = ?").params(key, contentType, id)
                .update();
    }

    /** The key and kind of the notice's photo, if it has one. */
    public Optional<String[]> photo(long id) {
        return jdbc.sql("select photo_key, photo_type from pet_notice where id = ? and photo_key is not null")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public Optional<PetNotice> get(long communityId, long id) {
        return jdbc.sql(NOTICE + " where community_id = ? and id = ?").params(communityId, id).query(NOTICES)
                .optional();
    }

    /** The notices still open, newest first, of one kind or both. */
    public PageResult<PetNotice> open(long communityId, NoticeKind kind, int page, int size) {
        String where = " where community_id = ? and status = 'OPEN'" + (kind == null ? "" : " and kind = ?");
        List<Object> params = kind == null ? List.of(communityId) : List.of(communityId, kind.name());
        long total = jdbc.sql("select count(*) from pet_notice" + where).params(params).query(Long.class).single();
        List<Object> paged = new java.util.ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        return new PageResult<>(jdbc.sql(NOTICE + where + " order by created_at desc, id desc limit ? offset ?")
                .params(paged).query(NOTICES).list(), page, size, total);
    }

    /** Closes the notice (and the one it matched) as reunited, if still open; false when it was closed already. */
    public boolean reunite(long id, Long with, String by, OffsetDateTime now) {
        int closed = jdbc.sql("""
                update pet_notice set status = 'REUNITED', reunited_with = ?, closed_by = ?, closed_at = ?
                where id = ? and status = 'OPEN'""").params(with, by, now, id).update();
        if (closed == 1 && with != null) {
            jdbc.sql("""
                    update pet_notice set status = 'REUNITED', reunited_with = ?, closed_by = ?, closed_at = ?
                    where id = ? and status = 'OPEN'""").params(id, by, now, with).update();
        }
        return closed == 1;
    }
}
