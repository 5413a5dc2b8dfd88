package org.gongzhi.patrol.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.shared.geo.MapLayer;
import org.gongzhi.shared.security.Actor;

/**
 * Patrol findings on the estate map, for those who record the patrols: staff see every branch's, a grid branch
 * secretary their own branch's; residents none (they see the work orders a finding opened where their case list
 * shows them).
 */
@Component
class FindingMapLayer implements MapLayer {

    static final int LIMIT = 300;

    private final PatrolRecords records;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    FindingMapLayer(PatrolRecords records, JdbcClient jdbc, MessageSource messages) {
        this.records = records;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "findings";
    }

    @Override
    public List<MapItem> itemsFor(Actor actor) {
        if (actor.communityId() == null) {
            return List.of();
        }
        Map<Long, Integer> branches = records.branchesOf(actor).stream()
                .collect(Collectors.toMap(PatrolSchedule::gridBranchId, PatrolSchedule::branchNumber, (a, b) -> a));
        if (branches.isEmpty()) {
            return List.of();
        }
        var locale = LocaleContextHolder.getLocale();
        return jdbc.sql("""
                select f.category, f.place_kind, f.place_code, f.severity, r.patrol_date, r.grid_branch_id
                from patrol_finding f join patrol_record r on r.id = f.record_id
                where r.community_id = :community and r.grid_branch_id in (:branches)
                order by f.reported_at desc, f.id desc limit :limit""")
                .param("community", actor.communityId()).param("branches", branches.keySet())
                .param("limit", LIMIT)
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("patrol_date", LocalDate.class);
                    String category = rs.getString("category");
                    return new MapItem(rs.getString("place_kind"), rs.getString("place_code"),
                            messages.getMessage("case.category." + category, null, category, locale),
                            messages.getMessage("patrol.day.severity." + rs.getString("severity"), null,
                                    rs.getString("severity"), locale),
                            "/patrols/branches/" + branches.get(rs.getLong("grid_branch_id")) + "/" + day);
                })
                .list();
    }
}
