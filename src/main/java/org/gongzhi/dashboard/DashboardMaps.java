package org.gongzhi.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.dashboard.CommunityFigures.PlaceShare;
import org.gongzhi.dashboard.CommunityFigures.Taking;
import org.gongzhi.dashboard.MeasureMap.Feature;
import org.gongzhi.dashboard.MeasureMap.Place;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.security.Actor;

/**
 * The dashboard's map: the register's shapes with the dashboard's own figures on them, so that the map and the
 * tables beside it always say the same (the shares are {@link CommunityDashboard#shares}, taken from
 * {@link CommunityDashboard#of}'s figures for the same viewer, days and grid).
 */
@Service
public class DashboardMaps {

    private final CommunityDashboard dashboard;
    private final EstateMap estates;

    DashboardMaps(CommunityDashboard dashboard, EstateMap estates) {
        this.dashboard = dashboard;
        this.estates = estates;
    }

    /** Whether the viewer's community is on the map, so that the dashboard offers one. */
    public boolean offered(Actor actor) {
        return estates.exists(actor.communityId());
    }

    public MeasureMap of(Actor actor, LocalDate from, LocalDate to, Integer grid, String measure) {
        ParticipationAction action = measure == null || measure.isBlank() ? ParticipationAction.RAISED
                : ParticipationAction.parse(measure);
        CommunityDashboard.PlaceShares figures = dashboard.shares(actor, from, to, grid);
        Estate estate = estates.of(actor.communityId()).orElseThrow(() -> new NotFound("map of the community"));
        Map<String, PlaceShare> grids = figures.byGrid().stream()
                .collect(Collectors.toMap(PlaceShare::key, Function.identity()));
        Map<String, PlaceShare> stairwells = figures.byStairwell().stream()
                .collect(Collectors.toMap(PlaceShare::key, Function.identity()));
        List<PlaceShare> coloured = grid == null ? figures.byGrid() : figures.byStairwell();
        long highest = coloured.stream().map(p -> p.taking().get(action).householdsPerMille())
                .filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        List<Feature> features = new ArrayList<>();
        features.add(new Feature("Feature", polygon(estate.boundary()),
                new Place("boundary", null, null, null, null, null, null, null, null)));
        for (Estate.Building building : estate.buildings()) {
            int buildingGrid = building.stairwells().getFirst().gridNumber();
            if (grid != null && building.stairwells().stream().noneMatch(d -> d.gridNumber() == grid)) {
                continue;
            }
            PlaceShare share = grid == null ? grids.get(String.valueOf(buildingGrid)) : null;
            features.add(new Feature("Feature", polygon(building.outline()), place("building",
                    String.valueOf(building.number()), buildingGrid, share, action, highest,
                    share == null ? null : drillDown(figures, buildingGrid, action))));
        }
        if (grid != null) {
            for (Estate.Building building : estate.buildings()) {
                for (Estate.Door door : building.stairwells()) {
                    PlaceShare share = stairwells.get(door.code());
                    if (share != null) {
                        features.add(new Feature("Feature", point(door.point()), place("stairwell", door.code(),
                                door.gridNumber(), share, action, highest, "/s/" + door.code())));
                    }
                }
            }
        }
        return new MeasureMap("FeatureCollection", action, grid, MeasureMap.breaks(highest), features);
    }

    private static Place place(String kind, String key, int grid, PlaceShare share, ParticipationAction action,
            long highest, String href) {
        if (share == null) {
            return new Place(kind, key, null, grid, null, null, null, null, null);
        }
        Taking taking = share.taking().get(action);
        return new Place(kind, key, share.name(), grid, share.households(), taking.households(),
                taking.householdsPerMille(), MeasureMap.band(taking.householdsPerMille(), highest), href);
    }

    private static String drillDown(CommunityDashboard.PlaceShares figures, int grid, ParticipationAction action) {
        return UriComponentsBuilder.fromPath("/dashboard/grids/{n}").queryParam("from", figures.from())
                .queryParam("to", figures.to()).queryParam("measure", action).buildAndExpand(grid).toUriString();
    }

    private static MeasureMap.Polygon polygon(List<GeoPoint> ring) {
        List<List<BigDecimal>> closed = new ArrayList<>(ring.stream().map(DashboardMaps::position).toList());
        closed.add(closed.getFirst());
        return new MeasureMap.Polygon("Polygon", List.of(closed));
    }

    private static MeasureMap.Point point(GeoPoint p) {
        return new MeasureMap.Point("Point", position(p));
    }

    private static List<BigDecimal> position(GeoPoint p) {
        return List.of(p.longitude(), p.latitude());
    }
}
