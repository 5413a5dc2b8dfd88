package org.gongzhi.activity.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.activity.ActivityPermissions;
import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.EventHandling;
import org.gongzhi.activity.Registration;
import org.gongzhi.activity.RegistrationStatus;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.ListExport;

/**
 * Events as .xlsx for those who organise them (the list's own filter), and one event's registrations for those
 * who keep its door list; both audited as list exports.
 */
@Controller
class EventListExportController {

    private static final List<ListExport.Column<CommunityEvent>> EVENT_COLUMNS = List.of(
            ListExport.column("export.number", CommunityEvent::id),
            ListExport.column("export.event.title", CommunityEvent::title),
            ListExport.column("export.event.programme", CommunityEvent::programmeName),
            ListExport.column("export.event.place", CommunityEvent::place),
            ListExport.column("export.event.startsAt", CommunityEvent::startsAt),
            ListExport.column("export.event.endsAt", CommunityEvent::endsAt),
            ListExport.column("export.event.capacity", CommunityEvent::capacity),
            ListExport.column("export.event.registered", CommunityEvent::registered),
            ListExport.column("export.event.waiting", CommunityEvent::waiting),
            ListExport.column("export.event.closedAt", CommunityEvent::closedAt));

    private static final List<ListExport.Column<Registration>> REGISTRATION_COLUMNS = List.of(
            ListExport.column("export.number", Registration::id),
            ListExport.column("export.person.name", Registration::name),
            ListExport.column("export.registration.guardian", Registration::guardianName),
            ListExport.column("export.state", Registration::status),
            ListExport.column("export.registration.waitingPosition",
                    r -> r.status() == RegistrationStatus.WAITING ? r.waitingPosition() : null),
            ListExport.column("export.registration.byStaff", Registration::byStaff),
            ListExport.column("export.registration.createdAt", Registration::createdAt),
            ListExport.column("export.registration.checkedInAt", Registration::checkedInAt));

    private final EventHandling events;
    private final ActivityPermissions permissions;
    private final ListExport exports;

    EventListExportController(EventHandling events, ActivityPermissions permissions, ListExport exports) {
        this.events = events;
        this.permissions = permissions;
        this.exports = exports;
    }

    @GetMapping("/events/export.xlsx")
    void events(@RequestParam(required = false) Long programme, @RequestParam(defaultValue = "false") boolean past,
            Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayManage(actor));
        String filter = "past=" + past + (programme == null ? "" : "&programme=" + programme);
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("activity.list.title",
                "community_event", filter, EVENT_COLUMNS,
                n -> events.list(actor, programme, past, n, ListExport.PAGE).items()));
    }

    @GetMapping("/events/{id}/registrations.xlsx")
    void registrations(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayCheckIn(actor));
        CommunityEvent event = events.visible(actor, id);
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("activity.roster",
                "event_registration", "event=" + event.id(), REGISTRATION_COLUMNS,
                ListExport.whole(() -> events.registrations(actor, event.id()))));
    }
}
