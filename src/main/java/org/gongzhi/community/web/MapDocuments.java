package org.gongzhi.community.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.geo.CoordinateSystem;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.geo.MapLayer;
import org.gongzhi.shared.geo.MapLayer.MapItem;
import org.gongzhi.shared.security.Actor;

/**
 * The estate map as GeoJSON-like features: the boundary, grids, buildings (with their stairwells) and landmarks
 * drawn from the register, then each module's layer as points at the places it names. Several items at one place
 * are set a few metres apart around it so that each can be tapped.
 */
@Component
class MapDocuments {

    static final List<String> LAYERS = List.of("cases", "projects", "findings", "notices");

    private final EstateMap map;
    private final ObjectProvider<MapLayer> layers;
    private final MessageSource messages;

    MapDocuments(EstateMap map, ObjectProvider<MapLayer> layers, MessageSource messages) {
        this.map = map;
        this.layers = layers;
        this.messages = messages;
    }

    /** The layers a module offers, in the map's order. */
    List<String> offered() {
        Set<String> names = Set.copyOf(layers.stream().map(MapLayer::name).toList());
        return LAYERS.stream().filter(names::contains).toList();
    }

    MapDocument document(Actor actor, List<String> wanted, CoordinateSystem system) {
        Estate estate = map.of(actor.communityId()).orElseThrow(() -> new NotFound("map of the community"));
        Locale locale = LocaleContextHolder.getLocale();
        List<MapFeature> features = new ArrayList<>();
        features.add(feature(polygon(estate.boundary(), system), props("kind", "boundary")));
        for (Estate.GridArea grid : estate.grids()) {
            features.add(feature(polygon(grid.outline(), system), props("kind", "grid", "number", grid.number(),
                    "name", grid.name())));
        }
        for (Estate.Building building : estate.buildings()) {
            List<MapStairwell> stairwells = building.stairwells().stream().map(d -> new MapStairwell(d.code(),
                    text("case.place.STAIRWELL", locale, building.number(), d.unit()), "/s/" + d.code())).toList();
            features.add(feature(polygon(building.outline(), system), props("kind", "building",
                    "number", building.number(), "name", text("case.place.BUILDING", locale, building.number()),
                    "stairwells", stairwells)));
        }
        for (Estate.LandmarkAt landmark : estate.landmarks()) {
            features.add(feature(point(landmark.point(), system), props("kind", "landmark",
                    "code", landmark.landmark().name(), "name", text("landmark." + landmark.landmark().name(), locale),
                    "radius", landmark.radiusM())));
        }
        Map<GeoPoint, Integer> taken = new HashMap<>();
        for (MapLayer layer : layers.orderedStream().toList()) {
            if (!wanted.contains(layer.name())) {
                continue;
            }
            for (MapItem item : layer.itemsFor(actor)) {
                Optional<GeoPoint> at = position(estate, item);
                if (at.isEmpty()) {
                    continue;
                }
                int n = taken.merge(at.get(), 1, Integer::sum) - 1;
                GeoPoint spread = n == 0 ? at.get() : at.get().offsetMetres(
                        4 * Math.cos(n * 2.4) * Math.sqrt(n), 4 * Math.sin(n * 2.4) * Math.sqrt(n));
                features.add(feature(point(spread, system), props("kind", "item", "layer", layer.name(),
                        "title", item.title(), "status", item.status(), "href", item.href(),
                        "place", placeName(estate, item, locale))));
            }
        }
        return new MapDocument("FeatureCollection", system.name().toLowerCase(Locale.ROOT), wanted, features);
    }

    private static Optional<GeoPoint> position(Estate estate, MapItem item) {
        String code = item.placeCode() == null ? "" : item.placeCode();
        return switch (item.placeKind()) {
            case "STAIRWELL" -> estate.stairwell(code).map(Estate.Door::point);
            case "BUILDING" -> number(code).flatMap(estate::building).map(Estate.Building::centre);
            case "LANDMARK" -> estate.landmark(code).map(Estate.LandmarkAt::point);
            case "GRID" -> number(code).flatMap(estate::grid).map(Estate.GridArea::centre);
            case "COMMUNITY" -> Optional.of(middle(estate.boundary()));
            default -> Optional.empty();
        };
    }

    private String placeName(Estate estate, MapItem item, Locale locale) {
        String code = item.placeCode() == null ? "" : item.placeCode();
        return switch (item.placeKind()) {
            case "STAIRWELL" -> estate.buildings().stream().filter(b -> b.stairwells().stream()
                            .anyMatch(d -> d.code().equalsIgnoreCase(code))).findFirst()
                    .map(b -> text("case.place.STAIRWELL", locale, b.number(), estate.stairwell(code).orElseThrow()
                            .unit())).orElse(code);
            case "BUILDING" -> text("case.place.BUILDING", locale, code);
            case "LANDMARK" -> text("landmark." + code, locale);
            case "GRID" -> text("grid.number", locale, code);
            default -> text("map.place.community", locale);
        };
    }

    private static Optional<Integer> number(String code) {
        return code.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(code)) : Optional.empty();
    }

    private static GeoPoint middle(List<GeoPoint> points) {
        long lat = 0;
        long lon = 0;
        for (GeoPoint p : points) {
            lat += p.latE6();
            lon += p.longE6();
        }
        return new GeoPoint((int) (lat / points.size()), (int) (lon / points.size()));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static MapProperties props(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        @SuppressWarnings("unchecked")
        List<MapStairwell> stairwells = (List<MapStairwell>) map.get("stairwells");
        return new MapProperties((String) map.get("kind"), (Integer) map.get("number"), (String) map.get("name"),
                (String) map.get("code"), (Integer) map.get("radius"), (String) map.get("layer"),
                (String) map.get("title"), (String) map.get("status"), (String) map.get("href"),
                (String) map.get("place"), stairwells);
    }

    private static MapFeature feature(Object geometry, MapProperties properties) {
        return new MapFeature("Feature", geometry, properties);
    }

    private static MapPoint point(GeoPoint p, CoordinateSystem system) {
        return new MapPoint("Point", position(p, system));
    }

    private static MapPolygon polygon(List<GeoPoint> ring, CoordinateSystem system) {
        List<List<BigDecimal>> closed = new ArrayList<>(ring.stream().map(p -> position(p, system)).toList());
        closed.add(closed.getFirst());
        return new MapPolygon("Polygon", List.of(closed));
    }

    /** GeoJSON order: longitude, then latitude. */
    private static List<BigDecimal> position(GeoPoint p, CoordinateSystem system) {
        GeoPoint shown = system.fromWgs84(p);
        return List.of(shown.longitude(), shown.latitude());
    }

    /** A FeatureCollection, with the datum of its coordinates and the layers it carries. */
    record MapDocument(String type, String coordsys, List<String> layers, List<MapFeature> features) {
    }

    /** A GeoJSON feature; its geometry is a {@link MapPoint} or a {@link MapPolygon}. */
    record MapFeature(String type, Object geometry, MapProperties properties) {
    }

    /**
     * What a feature is: {@code kind} boundary, grid (number, name), building (number, name, stairwells), landmark
     * (code, name, radius in metres) or item (layer, title, status, href, place); what does not apply is left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MapProperties(String kind, Integer number, String name, String code, Integer radius, String layer,
            String title, String status, String href, String place, List<MapStairwell> stairwells) {
    }

    /** A stairwell of a building, with the card it opens. */
    record MapStairwell(String code, String name, String href) {
    }

    /** GeoJSON Point: [long, lat]. */
    record MapPoint(String type, List<BigDecimal> coordinates) {
    }

    /** GeoJSON Polygon: one closed ring of [long, lat]. */
    record MapPolygon(String type, List<List<List<BigDecimal>>> coordinates) {
    }
}
