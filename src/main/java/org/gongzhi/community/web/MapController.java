package org.gongzhi.community.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.shared.geo.CoordinateSystem;
import org.gongzhi.shared.security.Permissions;

/**
 * The estate map page: Leaflet served from the app draws the register's shapes and the layers from
 * {@code /api/v1/map}; the same items are listed below the map for screen readers and keyboards, and the layer
 * checkboxes filter both (a plain form without script).
 */
@Controller
class MapController {

    private final MapDocuments documents;

    MapController(MapDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/map")
    String page(@RequestParam(required = false) List<String> layers, Model model) {
        List<String> offered = documents.offered();
        List<String> shown = layers == null ? offered : offered.stream().filter(layers::contains).toList();
        model.addAttribute("offered", offered);
        model.addAttribute("shown", shown);
        MapDocuments.MapDocument map = documents.document(Permissions.actor(), shown, CoordinateSystem.WGS84);
        Map<String, List<MapDocuments.MapFeature>> itemsByLayer = new LinkedHashMap<>();
        shown.forEach(layer -> itemsByLayer.put(layer, new ArrayList<>()));
        map.features().stream().filter(f -> "item".equals(f.properties().kind()))
                .forEach(f -> itemsByLayer.get(f.properties().layer()).add(f));
        model.addAttribute("itemsByLayer", itemsByLayer);
        model.addAttribute("buildings", map.features().stream()
                .filter(f -> "building".equals(f.properties().kind())).toList());
        return "community/map";
    }
}
