package org.gongzhi.community.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.community.web.MapDocuments.MapDocument;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.geo.CoordinateSystem;
import org.gongzhi.shared.security.Permissions;

/**
 * The estate map for programs: {@code GET /api/v1/map?layers=cases,findings&coordsys=gcj02}. Signed-in people only;
 * each layer holds what its module shows this person (docs/decisions.md).
 */
@RestController
class MapApiController {

    private final MapDocuments documents;

    MapApiController(MapDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/map")
    MapDocument map(@RequestParam(required = false) String layers, @RequestParam(required = false) String coordsys) {
        CoordinateSystem system = CoordinateSystem.parse(coordsys)
                .orElseThrow(() -> InvalidInput.of("coordsys", "map.validation.coordsys", coordsys));
        return documents.document(Permissions.actor(), layers(layers, documents.offered()), system);
    }

    /** The layers asked for, comma-separated; all that are offered when none are named. */
    static List<String> layers(String text, List<String> offered) {
        if (text == null || text.isBlank()) {
            return offered;
        }
        List<String> asked = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String layer : asked) {
            if (!offered.contains(layer)) {
                throw InvalidInput.of("layers", "map.validation.layer", layer);
            }
        }
        return offered.stream().filter(asked::contains).toList();
    }
}
