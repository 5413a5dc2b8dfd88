package org.gongzhi.pet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;

/** The convention and its signatures, the banned-breed list, and the work orders that name pets. */
@Repository
public class PetRules {

    private static final String SIGNATURE = """
            select g.id, g.household_id, s.code as stairwell_code, u.room, g.resident_id, r.name as resident_name,
            g.signed_at from pet_convention_signature g join register_household h on h.id = g.household_id
            join register_unit u on u.id = h.unit_id join register_stairwell s on s.id = h.stairwell_id
            join register_resident r on r.id = g.resident_id
            """;

    private final JdbcClient jdbc;

    PetRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Convention> current(long communityId) {
        return jdbc.sql("""
                select id, title, body, published_by, published_at from pet_convention where community_id = ?
                order by published_at desc, id desc limit 1""").params(communityId).query(Rows.of(Convention.class))
                .optional();
    }

    public long publish(long communityId, String title, String body, String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pet_convention (community_id, title, body, published_by, published_at)
                values (?, ?, ?, ?, ?)""").params(communityId, title, body, by, now).update(key, "id");
        return key.getKey().longValue();
    }

    /** Signs for the household once; false when it had already signed this version. */
    public boolean sign(long communityId, long conventionId, long householdId, long residentId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into pet_convention_signature (community_id, convention_id, household_id, resident_id, signed_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(communityId, conventionId, householdId, residentId, now).update() == 1;
    }

    public Optional<Signature> signatureOf(long conventionId, long householdId) {
        return jdbc.sql(SIGNATURE + " where g.convention_id = ? and g.household_id = ?")
                .params(conventionId, householdId).query(Rows.of(Signature.class)).optional();
    }

    public PageResult<Signature> signatures(long conventionId, int page, int size) {
        long total = jdbc.sql("select count(*) from pet_convention_signature where convention_id = ?")
                .params(conventionId).query(Long.class).single();
        List<Signature> items = jdbc.sql(SIGNATURE + " where g.convention_id = ? order by g.signed_at desc, g.id desc"
                + " limit ? offset ?").params(conventionId, size, (long) page * size).query(Rows.of(Signature.class))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Households with a living pet, and how many of them signed this version. */
    public long[] petHouseholdsSigned(long communityId, long conventionId) {
        return jdbc.sql("""
                select count(distinct p.household_id) as owners, count(distinct g.household_id) as signed from pet p
                left join pet_convention_signature g on g.household_id = p.household_id and g.convention_id = ?
                where p.community_id = ? and p.status = 'LIVING'""").params(conventionId, communityId)
                .query((rs, n) -> new long[] {rs.getLong("owners"), rs.getLong("signed")}).single();
    }

    public List<BannedBreed> banned(long communityId) {
        return jdbc.sql("select id, breed, effective_from from pet_banned_breed where community_id = ? order by breed")
                .params(communityId).query(Rows.of(BannedBreed.class)).list();
    }

    public boolean ban(long communityId, String breed, LocalDate from, String by, OffsetDateTime now) {
        return jdbc.sql("""
                insert into pet_banned_breed (community_id, breed, effective_from, added_by, created_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""").params(communityId, breed, from, by, now)
                .update() == 1;
    }

    public void nameCase(long communityId, long petId, long caseId, String category, String description, String by,
            OffsetDateTime now) {
        jdbc.sql("""
                insert into pet_case (community_id, pet_id, case_id, category, description, filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(communityId, petId, caseId, category, description, by, now)
                .update();
    }

    public List<PetCase> casesOf(Collection<Long> petIds) {
        if (petIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.pet_id, p.name as pet_name, c.case_id, c.category, c.description, c.filed_at from pet_case c
                join pet p on p.id = c.pet_id where c.pet_id in (:pets) order by c.filed_at desc, c.id desc""")
                .param("pets", petIds).query(Rows.of(PetCase.class)).list();
    }
}
