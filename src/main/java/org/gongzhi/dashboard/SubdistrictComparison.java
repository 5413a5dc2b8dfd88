package org.gongzhi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.community.RegisterQueries.Community;
import org.gongzhi.dashboard.SubdistrictFigures.CommunityMeasures;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * The subdistrict's view: every community of the officer's subdistrict with its dashboard's headline measures,
 * ranked on one. A subdistrict officer holds {@link Role#SUBDISTRICT_OFFICER} scoped {@link ScopeType#SUBDISTRICT}
 * with the id of a community of that subdistrict (see docs/decisions.md); they read figures, they act nowhere.
 * Each community's figures come from {@link CommunityDashboard} (a fixed few queries per community, none per grid).
 */
@Service
public class SubdistrictComparison {

    private final CommunityDashboard dashboard;
    private final RegisterQueries register;

    SubdistrictComparison(CommunityDashboard dashboard, RegisterQueries register) {
        this.dashboard = dashboard;
        this.register = register;
    }

    public static boolean mayView(Actor actor) {
        return !actor.scopeIds(Role.SUBDISTRICT_OFFICER, ScopeType.SUBDISTRICT).isEmpty();
    }

    public LocalDate today() {
        return dashboard.today();
    }

    /** The names of the subdistricts the actor oversees, in order. */
    public List<String> subdistricts(Actor actor) {
        Set<String> names = new TreeSet<>();
        for (long community : actor.scopeIds(Role.SUBDISTRICT_OFFICER, ScopeType.SUBDISTRICT)) {
            register.community(community).map(Community::subdistrict).ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    /** The communities the actor oversees, in the order they were registered. */
    public List<Community> communities(Actor actor) {
        Permissions.require(mayView(actor));
        return subdistricts(actor).stream().flatMap(s -> register.communitiesOf(s).stream())
                .sorted(Comparator.comparingLong(Community::id)).toList();
    }

    /**
     * The comparison over the range (the dashboard's rules: a year up to today unless asked, at most five years),
     * ranked on {@code measure} (default: households that raised a proposal), {@code order} "asc" or "desc"
     * (default: best first).
     */
    public SubdistrictFigures compare(Actor actor, LocalDate from, LocalDate to, String measure, String order) {
        Permissions.require(mayView(actor));
        DashboardRange range = DashboardRange.of(from, to, today());
        SubdistrictMeasure rankedBy = measure == null || measure.isBlank() ? SubdistrictMeasure.RAISED
                : SubdistrictMeasure.parse(measure);
        boolean ascending = ascending(rankedBy, order);
        List<CommunityMeasures> unranked = new ArrayList<>();
        Instant asOf = null;
        for (Community community : communities(actor)) {
            CommunityFigures figures = dashboard.wholeCommunity(community.id(), range);
            asOf = asOf == null || figures.asOf().isBefore(asOf) ? figures.asOf() : asOf;
            Map<SubdistrictMeasure, Long> values = new EnumMap<>(SubdistrictMeasure.class);
            for (SubdistrictMeasure m : SubdistrictMeasure.values()) {
                Long value = m.of(figures);
                if (value != null) {
                    values.put(m, value);
                }
            }
            unranked.add(new CommunityMeasures(0, community.id(), community.code(), community.name(), values));
        }
        Comparator<Long> byValue = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<CommunityMeasures> sorted = unranked.stream()
                .sorted(Comparator.comparing((CommunityMeasures c) -> c.value(rankedBy),
                        Comparator.nullsLast(byValue)).thenComparingLong(CommunityMeasures::id))
                .toList();
        List<CommunityMeasures> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CommunityMeasures c = sorted.get(i);
            boolean tied = i > 0 && c.value(rankedBy) != null
                    && c.value(rankedBy).equals(sorted.get(i - 1).value(rankedBy));
            int rank = tied ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new CommunityMeasures(rank, c.id(), c.code(), c.name(), c.values()));
        }
        return new SubdistrictFigures(String.join("、", subdistricts(actor)), range.from(), range.to(), rankedBy,
                ascending, List.of(SubdistrictMeasure.values()), ranked, asOf);
    }

    private static boolean ascending(SubdistrictMeasure measure, String order) {
        if (order == null || order.isBlank()) {
            return measure.fewerIsBetter();
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw InvalidInput.of("order", "subdistrict.validation.order", order);
        };
    }
}
