package org.gongzhi.shared.geo;

import java.util.List;

import org.gongzhi.shared.security.Actor;

/**
 * One module's points on the estate map (issue 12, item 9): each module answers from its own tables, under its own
 * visibility rules, what this actor may see, naming places as the register does; the register's map places them.
 * No module reads another's tables for the map.
 */
public interface MapLayer {

    /** The layer's name, in the map's filters and JSON: cases, projects, findings, notices. */
    String name();

    /** The items this actor may see, at most a few hundred of the most recent. */
    List<MapItem> itemsFor(Actor actor);

    /**
     * A thing at a place of the register: {@code placeKind} STAIRWELL (a code), BUILDING (a number), LANDMARK (a name),
     * GRID (a number), ZONE (an id) or COMMUNITY; {@code title} and {@code status} as the viewer reads them;
     * {@code href} the page that opens it.
     */
    record MapItem(String placeKind, String placeCode, String title, String status, String href) {
    }
}
