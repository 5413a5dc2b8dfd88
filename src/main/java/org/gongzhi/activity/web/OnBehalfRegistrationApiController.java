package org.gongzhi.activity.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.activity.EventHandling;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/**
 * 代办报名 through the API: {@code POST /api/v1/events/{id}/registrations/on-behalf} (and {@code .../cancel}) by staff
 * or a verified volunteer, for a resident matched by name and address, with their consent.
 */
@RestController
class OnBehalfRegistrationApiController {

    private final EventHandling events;
    private final FormProblems formProblems;

    OnBehalfRegistrationApiController(EventHandling events, FormProblems formProblems) {
        this.events = events;
        this.formProblems = formProblems;
    }

    /** The resident's place (or place on the waiting list): 201 with the registration, naming the helper. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/events/{id}/registrations/on-behalf")
    ActivityViews.RegistrationView register(@PathVariable long id,
            @Valid @RequestBody OnBehalfRegistrationForm form, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(events.mayHelp(actor));
        formProblems.require(fields);
        return ActivityViews.RegistrationView.of(events.registerFor(actor, id, form.whom()));
    }

    /** Cancels the resident's place; the first who waits moves up. Answers the cancelled registration. */
    @PostMapping("/api/v1/events/{id}/registrations/on-behalf/cancel")
    ActivityViews.RegistrationView cancel(@PathVariable long id, @Valid @RequestBody OnBehalfRegistrationForm form,
            BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(events.mayHelp(actor));
        formProblems.require(fields);
        return ActivityViews.RegistrationView.of(events.cancelFor(actor, id, form.whom()));
    }
}
