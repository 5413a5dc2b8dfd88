package org.gongzhi.identity.membership;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares what a joining person says with the register: whether a current resident of that name lives at that
 * address, and whether the last ID characters match. Its answers are for the joining step and for staff only.
 */
@Component
class RegisterMatch {

    private final JdbcClient jdbc;

    RegisterMatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current resident with this name in the household living at this address, if exactly one. */
    Optional<Match> resident(long communityId, HomeAddress address, String name) {
        List<Match> found = jdbc.sql("""
                select c.id, c.household_id, c.id_card_tail from register_resident_check c
                join register_household h on h.id = c.household_id and h.dissolved_on is null
                join register_unit u on u.id = h.unit_id
                join register_stairwell s on s.id = u.stairwell_id
                where s.community_id = :c and s.building_number = :b and s.unit_number = :u and u.room = :room
                  and c.moved_out is null and c.name = :name""")
                .param("c", communityId).param("b", address.building()).param("u", address.unit())
                .param("room", address.room()).param("name", name)
                .query((rs, n) -> new Match(rs.getLong("id"), rs.getLong("household_id"), rs.getString("id_card_tail")))
                .list();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The household now living at an address. */
    Optional<Long> household(long communityId, HomeAddress address) {
        return jdbc.sql("""
                select h.id from register_household h
                join register_unit u on u.id = h.unit_id
                join register_stairwell s on s.id = u.stairwell_id
                where s.community_id = :c and s.building_number = :b and s.unit_number = :u and u.room = :room
                  and h.dissolved_on is null""")
                .param("c", communityId).param("b", address.building()).param("u", address.unit())
                .param("room", address.room()).query(Long.class).optional();
    }

    /** Whether the resident is, today, a registered owner of a unit. */
    boolean isOwner(long residentId) {
        return jdbc.sql("select count(*) from register_owner where resident_id = ? and owned_until is null")
                .param(residentId).query(Long.class).single() > 0;
    }

    record Match(long residentId, long householdId, String idCardTail) {

        boolean idTailMatches(String typed) {
            return idCardTail != null && typed != null
                    && idCardTail.equalsIgnoreCase(typed.strip().toUpperCase(Locale.ROOT));
        }
    }
}
