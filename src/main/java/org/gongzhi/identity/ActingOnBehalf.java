package org.gongzhi.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;

/**
 * Acting for a resident without a phone (代办): who may help (residents' committee staff, grid branch secretaries,
 * and volunteers whose own account is verified as a resident), and which resident is meant. The resident is found by
 * name and address like a sign-up; when nobody of that name lives there the answer is the same as for a wrong
 * address, so helping reveals nothing of the register.
 */
@Service
public class ActingOnBehalf {

    private final JdbcClient jdbc;

    ActingOnBehalf(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Staff, or a volunteer with a verified resident account. */
    public boolean mayHelp(Actor actor) {
        if (actor.communityId() == null) {
            return false;
        }
        if (actor.hasAny(Role.RC_STAFF, Role.GRID_BRANCH_SECRETARY)) {
            return true;
        }
        return actor.has(Role.VOLUNTEER) && actor.residentId() != null && jdbc.sql("""
                select count(*) from account_verification where account_id = ? and resident_id = ?
                  and withdrawn_at is null""").params(actor.accountId(), actor.residentId())
                .query(Long.class).single() > 0;
    }

    /** The resident helped and their consent, checked; 403 for someone who may not help. */
    public OnBehalf check(Actor actor, OnBehalfRequest request) {
        Permissions.require(mayHelp(actor));
        List<Problem> problems = new ArrayList<>();
        String name = request.residentName() == null ? "" : request.residentName().strip();
        if (name.isEmpty() || name.length() > 50) {
            problems.add(new Problem("residentName", "onBehalf.validation.name"));
        }
        if (request.building() == null || request.building() < 1) {
            problems.add(new Problem("building", "onBehalf.validation.building"));
        }
        if (request.unit() == null || request.unit() < 1) {
            problems.add(new Problem("unit", "onBehalf.validation.unit"));
        }
        String room = request.room() == null ? "" : request.room().strip();
        if (room.isEmpty() || room.length() > 10) {
            problems.add(new Problem("room", "onBehalf.validation.room"));
        }
        ConsentMethod consent = null;
        try {
            consent = request.consent() == null || request.consent().isBlank() ? null
                    : ConsentMethod.valueOf(request.consent().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (consent == null) {
            problems.add(new Problem("consent", "onBehalf.validation.consent"));
        }
        String note = request.consentNote() == null ? "" : request.consentNote().strip();
        if (note.isEmpty() || note.length() > OnBehalf.MAX_NOTE) {
            problems.add(new Problem("consentNote", "onBehalf.validation.note", OnBehalf.MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<long[]> found = jdbc.sql("""
                select c.id, c.household_id from register_resident_check c
                join register_household h on h.id = c.household_id and h.dissolved_on is null
                join register_unit u on u.id = h.unit_id
                join register_stairwell s on s.id = u.stairwell_id
                where s.community_id = :c and s.building_number = :b and s.unit_number = :u and u.room = :room
                  and c.moved_out is null and c.name = :name""")
                .param("c", actor.communityId()).param("b", request.building()).param("u", request.unit())
                .param("room", room).param("name", name)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("household_id")}).list();
        if (found.size() != 1) {
            throw InvalidInput.of("residentName", "onBehalf.validation.noMatch");
        }
        return new OnBehalf(found.getFirst()[0], found.getFirst()[1], consent, note, actor.accountId(),
                actor.displayName());
    }
}
