package org.gongzhi.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Who takes part (谁在参与): for events that begin in a period, the places taken and the people who came, by programme
 * (its sub-brands counted with it), by generation on the day of the event, and by grid. One query reads the period's
 * registrations; the counting is done here.
 */
@Service
public class WhoTakesPart {

    static final int MAX_DAYS = 5 * 366;

    private final JdbcClient jdbc;
    private final Events events;
    private final ActivityPermissions permissions;

    WhoTakesPart(JdbcClient jdbc, Events events, ActivityPermissions permissions) {
        this.jdbc = jdbc;
        this.events = events;
        this.permissions = permissions;
    }

    /** Places taken (registered, not cancelled) and people who came (checked in), and how many different people came. */
    public record TakingPartCounts(long places, long came, long people) {
    }

    /** One programme's figures, with those who came by generation. */
    public record TakingPartByProgramme(long programmeId, String name, TakingPartCounts counts,
            Map<Cohort, Long> cameByGeneration) {
    }

    /** One grid's figures. */
    public record TakingPartByGrid(int gridNumber, TakingPartCounts counts) {
    }

    /** The period's figures: in all, by programme, by generation and by grid. */
    public record TakingPart(LocalDate from, LocalDate to, TakingPartCounts total,
            List<TakingPartByProgramme> programmes,
            Map<Cohort, Long> cameByGeneration, List<TakingPartByGrid> grids) {
    }

    private record Row(long rootId, long residentId, LocalDate birthDate, LocalDate day, boolean came, int grid) {
    }

    /** Events beginning from {@code from} to {@code to}, both days included, in the community. */
    public TakingPart figures(Actor actor, LocalDate from, LocalDate to) {
        Permissions.require(permissions.mayManage(actor));
        if (from == null) {
            throw InvalidInput.of("from", "validation.required");
        }
        if (to == null) {
            throw InvalidInput.of("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "activity.invalid.periodEnd");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidInput.of("to", "activity.invalid.periodLength");
        }
        List<Row> rows = jdbc.sql("""
                select coalesce(p.parent_id, p.id) as root_id, g.resident_id, r.birth_date, e.starts_at,
                g.checked_in_at, s.grid_number
                from activity_registration g join activity_event e on e.id = g.event_id
                join activity_programme p on p.id = e.programme_id
                join register_resident r on r.id = g.resident_id
                join register_stairwell s on s.id = r.stairwell_id
                where g.community_id = ? and g.status = 'REGISTERED' and e.starts_at >= ? and e.starts_at < ?""")
                .params(actor.communityId(), start(from), start(to.plusDays(1)))
                .query((rs, n) -> new Row(rs.getLong("root_id"), rs.getLong("resident_id"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(CommunityEvent.ZONE)
                                .toLocalDate(),
                        rs.getObject("checked_in_at", OffsetDateTime.class) != null, rs.getInt("grid_number")))
                .list();
        Map<Long, String> names = new LinkedHashMap<>();
        events.programmes(actor.communityId()).stream().filter(p -> p.parentId() == null)
                .forEach(p -> names.put(p.id(), p.name()));
        List<TakingPartByProgramme> programmes = new ArrayList<>();
        for (Map.Entry<Long, String> programme : names.entrySet()) {
            List<Row> of = rows.stream().filter(r -> r.rootId() == programme.getKey()).toList();
            programmes.add(new TakingPartByProgramme(programme.getKey(), programme.getValue(), counts(of), byGeneration(of)));
        }
        Map<Integer, List<Row>> perGrid = new TreeMap<>();
        rows.forEach(r -> perGrid.computeIfAbsent(r.grid(), g -> new ArrayList<>()).add(r));
        List<TakingPartByGrid> grids = perGrid.entrySet().stream().map(e -> new TakingPartByGrid(e.getKey(), counts(e.getValue())))
                .toList();
        return new TakingPart(from, to, counts(rows), programmes, byGeneration(rows), grids);
    }

    private static TakingPartCounts counts(List<Row> rows) {
        Set<Long> people = new HashSet<>();
        long came = 0;
        for (Row r : rows) {
            if (r.came()) {
                came++;
                people.add(r.residentId());
            }
        }
        return new TakingPartCounts(rows.size(), came, people.size());
    }

    /** Those who came, by their generation on the day of the event. */
    private static Map<Cohort, Long> byGeneration(List<Row> rows) {
        Map<Cohort, Long> counts = new EnumMap<>(Cohort.class);
        for (Cohort c : Cohort.values()) {
            counts.put(c, 0L);
        }
        rows.stream().filter(Row::came).forEach(r -> counts.merge(Cohort.of(r.birthDate(), r.day()), 1L, Long::sum));
        return counts;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(CommunityEvent.ZONE).toOffsetDateTime();
    }
}
