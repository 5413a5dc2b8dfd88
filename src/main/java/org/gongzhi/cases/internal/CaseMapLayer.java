package org.gongzhi.cases.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CasePermissions;
import org.gongzhi.cases.CaseQueries;
import org.gongzhi.shared.geo.MapLayer;
import org.gongzhi.shared.security.Actor;

/**
 * Open work orders on the estate map, exactly those the actor's case list shows (CaseScope): staff all of them,
 * a branch secretary their grids', a resident their own reports and adopted proposals' follow-ups.
 */
@Component
class CaseMapLayer implements MapLayer {

    static final int LIMIT = 300;

    private final CaseQueries queries;
    private final CasePermissions permissions;
    private final MessageSource messages;

    CaseMapLayer(CaseQueries queries, CasePermissions permissions, MessageSource messages) {
        this.queries = queries;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public List<MapItem> itemsFor(Actor actor) {
        if (actor.communityId() == null) {
            return List.of();
        }
        var locale = LocaleContextHolder.getLocale();
        return queries.openOnMap(actor.communityId(), permissions.scope(actor), LIMIT).stream()
                .map(c -> new MapItem(c.place().kind().name(), c.place().code(),
                        messages.getMessage("case.category." + c.category().name(), null, c.category().name(),
                                locale) + " #" + c.id(),
                        messages.getMessage("CaseState." + c.state().name(), null, c.state().name(), locale),
                        "/cases/" + c.id()))
                .toList();
    }
}
