package org.gongzhi.operations.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.operations.UndeliveredEvent;
import org.gongzhi.operations.UndeliveredEvents;
import org.gongzhi.shared.security.Permissions;

/** Events between modules not yet delivered everywhere, for administrators' monitoring. */
@RestController
@RequestMapping("/api/v1/admin/events")
class UndeliveredEventsApiController {

    private final UndeliveredEvents events;

    UndeliveredEventsApiController(UndeliveredEvents events) {
        this.events = events;
    }

    @GetMapping
    List<UndeliveredEvent> list() {
        return events.list(Permissions.actor());
    }

    /** Delivers every outstanding event again now. */
    @PostMapping("/redeliver")
    Redelivered redeliver() {
        return new Redelivered(events.redeliver(Permissions.actor()));
    }

    /** How many events were outstanding when they were delivered again. */
    record Redelivered(int outstanding) {
    }
}
