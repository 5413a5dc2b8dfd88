package org.gongzhi.notice.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.notice.NoticePublishing;
import org.gongzhi.shared.geo.MapLayer;
import org.gongzhi.shared.security.Actor;

/**
 * Notices on the estate map (issue 12, item 9): those posted now to a stairwell, building or grid, drawn at that
 * place, and only those the actor may read ({@link NoticePublishing#visible}'s rule): staff every one, a resident
 * those for their own place, so a grid-2 notice is not on a grid-3 resident's map. Community- and zone-wide notices
 * have no one place and stay off the map (they are on the notice list and the home page).
 */
@Component
class NoticeMapLayer implements MapLayer {

    static final int LIMIT = 200;

    private final NoticePublishing publishing;
    private final MessageSource messages;

    NoticeMapLayer(NoticePublishing publishing, MessageSource messages) {
        this.publishing = publishing;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "notices";
    }

    @Override
    public List<MapItem> itemsFor(Actor actor) {
        if (actor.communityId() == null) {
            return List.of();
        }
        var locale = LocaleContextHolder.getLocale();
        return publishing.postedAtPlaces(actor, LIMIT).stream()
                .map(l -> new MapItem(l.notice().audience().name(), l.placeCode(), l.notice().title(),
                        messages.getMessage(l.notice().category().labelKey(), null, l.notice().category().name(),
                                locale),
                        "/notices/" + l.notice().id()))
                .toList();
    }
}
