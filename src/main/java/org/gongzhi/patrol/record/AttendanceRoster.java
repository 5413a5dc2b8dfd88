package org.gongzhi.patrol.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.ResidentQueries;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.ResidentSearch;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;

/**
 * Who may be ticked off on a patrol's attendance list: the branch's party members and the party volunteers
 * serving its stairwells (the roster), anyone else the secretary looks up, and who was recorded present.
 */
@Component
public class AttendanceRoster {

    static final int SEARCH_SIZE = 10;
    private static final String SELECT = """
            select r.id, r.name, r.birth_date, r.party_member, b.number as building_number, s.unit_number, u.room
            from register_resident r
            join register_unit u on u.id = r.unit_id
            join register_stairwell s on s.id = r.stairwell_id
            join register_building b on b.id = s.building_id
            join register_grid g on g.id = s.grid_id
            where r.community_id = :community
            """;
    private static final String ORDER = " order by b.number, s.unit_number, u.room, r.id";

    private final JdbcClient jdbc;
    private final ResidentQueries residents;
    private final ResidentPermissions residentPermissions;

    AttendanceRoster(JdbcClient jdbc, ResidentQueries residents, ResidentPermissions residentPermissions) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.residentPermissions = residentPermissions;
    }

    /** The branch's party members and stairwell volunteers still living here, volunteers first. */
    public List<AttendanceCandidate> roster(PatrolSchedule branch, LocalDate day, Long recordId) {
        return query(branch, day, recordId, """
                and r.moved_out is null
                and (r.party_member and g.grid_branch_id = :branch or r.id in (:volunteers))""", Set.of()).stream()
                .sorted((a, b) -> Boolean.compare(a.role() != AttendanceRole.VOLUNTEER,
                        b.role() != AttendanceRole.VOLUNTEER))
                .toList();
    }

    /** Everyone recorded present at the patrol, oldest first. */
    public List<AttendanceCandidate> present(PatrolSchedule branch, LocalDate day, long recordId) {
        return query(branch, day, recordId,
                " and r.id in (:present)", Set.of())
                .stream().sorted((a, b) -> Integer.compare(b.age(), a.age())).toList();
    }

    /** Residents the actor may see whose name, phone tail or address matches, for someone not on the roster. */
    public List<AttendanceCandidate> search(Actor actor, PatrolSchedule branch, LocalDate day, Long recordId,
            String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Long> ids = residents.search(actor.communityId(), residentPermissions.visibility(actor),
                new ResidentSearch(query, null, false, 0, SEARCH_SIZE)).items().stream().map(ResidentRow::id).toList();
        return ids.isEmpty() ? List.of() : query(branch, day, recordId, " and r.id in (:ids)", ids);
    }

    /** The people to record, each with the role they come in; all must be residents of the community. */
    public List<AttendanceCandidate> candidates(PatrolSchedule branch, LocalDate day, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AttendanceCandidate> found = query(branch, day, null, " and r.id in (:ids)", ids);
        if (found.size() != Set.copyOf(ids).size()) {
            throw InvalidInput.of("present", "patrol.day.validation.present");
        }
        return found;
    }

    private List<AttendanceCandidate> query(PatrolSchedule branch, LocalDate day, Long recordId, String where,
            Collection<Long> ids) {
        Set<Long> volunteers = ids(jdbc.sql("""
                select v.resident_id from register_party_volunteer v
                join register_stairwell vs on vs.id = v.stairwell_id
                join register_grid vg on vg.id = vs.grid_id where vg.community_id = ? and vg.grid_branch_id = ?""")
                .params(branch.communityId(), branch.gridBranchId()).query(Long.class).list());
        Set<Long> present = recordId == null ? Set.of() : ids(jdbc.sql(
                "select resident_id from patrol_attendance where record_id = ?").param(recordId).query(Long.class).list());
        return jdbc.sql(SELECT + " " + where + ORDER)
                .param("community", branch.communityId()).param("branch", branch.gridBranchId())
                .param("ids", orNone(ids)).param("volunteers", orNone(volunteers)).param("present", orNone(present))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new AttendanceCandidate(id, rs.getString("name"),
                            Period.between(rs.getObject("birth_date", LocalDate.class), day).getYears(),
                            volunteers.contains(id) ? AttendanceRole.VOLUNTEER
                                    : rs.getBoolean("party_member") ? AttendanceRole.PARTY_MEMBER
                                    : AttendanceRole.RESIDENT,
                            rs.getInt("building_number"), rs.getInt("unit_number"), rs.getString("room"),
                            present.contains(id));
                })
                .list();
    }

    private static Set<Long> ids(List<Long> ids) {
        return Set.copyOf(ids);
    }

    /** An IN list may not be empty; no resident has id 0. */
    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : ids;
    }
}
