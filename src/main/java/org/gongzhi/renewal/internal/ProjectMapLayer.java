package org.gongzhi.renewal.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.renewal.ProjectSummary;
import org.gongzhi.shared.geo.MapLayer;
import org.gongzhi.shared.security.Actor;

/**
 * Micro-renewal projects on the estate map, for everyone in the community (the project board is public): at the
 * place of the proposal each carries out, else over the whole community.
 */
@Component
class ProjectMapLayer implements MapLayer {

    static final int LIMIT = 200;

    private final ProjectHandling projects;
    private final ProjectPermissions permissions;
    private final ProposalQueries proposals;
    private final MessageSource messages;

    ProjectMapLayer(ProjectHandling projects, ProjectPermissions permissions, ProposalQueries proposals,
            MessageSource messages) {
        this.projects = projects;
        this.permissions = permissions;
        this.proposals = proposals;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public List<MapItem> itemsFor(Actor actor) {
        if (!permissions.mayRead(actor)) {
            return List.of();
        }
        List<ProjectSummary> list = projects.list(actor, null, 0, LIMIT).items();
        Map<Long, ProposalPlace> places = proposals.places(actor.communityId(),
                list.stream().map(ProjectSummary::proposalId).filter(java.util.Objects::nonNull).toList());
        var locale = LocaleContextHolder.getLocale();
        return list.stream().map(p -> {
            ProposalPlace place = p.proposalId() == null ? ProposalPlace.COMMUNITY
                    : places.getOrDefault(p.proposalId(), ProposalPlace.COMMUNITY);
            return new MapItem(place.kind().name(), place.code(), p.title(),
                    messages.getMessage("ProjectState." + p.state().name(), null, p.state().name(), locale),
                    "/projects/" + p.id());
        }).toList();
    }
}
