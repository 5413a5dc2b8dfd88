package org.gongzhi.activity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.activity.EventHandling;
import org.gongzhi.activity.Helper;
import org.gongzhi.activity.Registration;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** Programmes and events for programs: list and set up, register, cancel, check in. */
@RestController
@RequestMapping("/api/v1")
class EventApiController {

    private final EventHandling events;

    EventApiController(EventHandling events) {
        this.events = events;
    }

    @GetMapping("/programmes")
    List<ActivityViews.ProgrammeView> programmes() {
        return events.programmes(Permissions.actor()).stream().map(ActivityViews.ProgrammeView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/programmes")
    ActivityViews.ProgrammeView addProgramme(@Valid @RequestBody ActivityRequests.ProgrammeRequest request) {
        long id = events.addProgramme(Permissions.actor(), request.parentId(), request.code(), request.name().strip(),
                request.purpose());
        return programmes().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Events still to come (or, with {@code past=true}, those over, newest first), of one programme or all. */
    @GetMapping("/events")
    ActivityViews.EventPage list(@RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "false") boolean past, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<org.gongzhi.activity.CommunityEvent> result = events.list(Permissions.actor(), programme, past,
                PageResult.clampPage(page), PageResult.clampSize(size));
        return new ActivityViews.EventPage(result.items().stream().map(ActivityViews.EventView::of).toList(),
                result.page(), result.size(), result.total());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/events")
    ResponseEntity<ActivityViews.EventView> create(@Valid @RequestBody ActivityRequests.EventRequest request) {
        long id = events.create(Permissions.actor(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(get(id));
    }

    @GetMapping("/events/{id}")
    ActivityViews.EventView get(@PathVariable long id) {
        return ActivityViews.EventView.of(events.visible(Permissions.actor(), id));
    }

    /** Staff and door volunteers see everyone registered; a resident sees their household's registrations. */
    @GetMapping("/events/{id}/registrations")
    List<ActivityViews.RegistrationView> registrations(@PathVariable long id) {
        return events.registrations(Permissions.actor(), id).stream().map(ActivityViews.RegistrationView::of)
                .toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/events/{id}/registrations")
    ActivityViews.RegistrationView register(@PathVariable long id,
            @Valid @RequestBody ActivityRequests.RegistrationRequest request) {
        Registration registration = events.register(Permissions.actor(), id, request.residentId(),
                request.guardianId());
        return ActivityViews.RegistrationView.of(registration);
    }

    @PostMapping("/events/{id}/registrations/{registration}/cancel")
    ActivityViews.EventView cancel(@PathVariable long id, @PathVariable long registration) {
        events.cancel(Permissions.actor(), id, registration);
        return get(id);
    }

    /** The code a household's place shows at the door (as a QR code in an app), drawn when first asked for. */
    @GetMapping("/events/{id}/registrations/{registration}/door-code")
    ActivityRequests.DoorCodeRequest doorCode(@PathVariable long id, @PathVariable long registration) {
        return new ActivityRequests.DoorCodeRequest(events.doorCode(Permissions.actor(), id, registration));
    }

    /** A door volunteer's scanner: checks in whoever the door code belongs to. */
    @PostMapping("/events/{id}/door-check-in")
    ActivityViews.RegistrationView checkInAtDoor(@PathVariable long id,
            @Valid @RequestBody ActivityRequests.DoorCodeRequest request) {
        return ActivityViews.RegistrationView.of(events.checkInAtDoor(Permissions.actor(), id, request.doorCode()));
    }

    /** The volunteers helping at the event, for staff and door volunteers. */
    @GetMapping("/events/{id}/helpers")
    List<Helper> helpers(@PathVariable long id) {
        return events.helpers(Permissions.actor(), id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/events/{id}/helpers")
    Helper addHelper(@PathVariable long id, @Valid @RequestBody ActivityRequests.HelperRequest request) {
        long helper = events.addHelper(Permissions.actor(), id, request.residentId(), request.teamId(), request.task());
        return helpers(id).stream().filter(h -> h.id() == helper).findFirst().orElseThrow();
    }

    @PostMapping("/events/{id}/helpers/{helper}/present")
    List<Helper> helperPresent(@PathVariable long id, @PathVariable long helper) {
        events.helperPresent(Permissions.actor(), id, helper);
        return helpers(id);
    }

    /** Closes an event that has begun: check-in ends and the helpers who came are credited with service. */
    @PostMapping("/events/{id}/close")
    ActivityViews.EventView close(@PathVariable long id) {
        events.close(Permissions.actor(), id);
        return get(id);
    }

    @PostMapping("/events/{id}/registrations/{registration}/check-in")
    ActivityViews.EventView checkIn(@PathVariable long id, @PathVariable long registration) {
        events.checkIn(Permissions.actor(), id, registration);
        return get(id);
    }
}
