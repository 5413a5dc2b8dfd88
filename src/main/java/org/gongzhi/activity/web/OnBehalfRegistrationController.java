package org.gongzhi.activity.web;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.EventHandling;
import org.gongzhi.activity.Registration;
import org.gongzhi.activity.RegistrationStatus;
import org.gongzhi.identity.ConsentMethod;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * 代办报名: staff and verified volunteers register a resident without a phone for an event, or cancel their place,
 * with the resident's consent (the pages; {@link OnBehalfRegistrationApiController} is the API). The menu leads to
 * the events to come; each opens the form.
 */
@Controller
class OnBehalfRegistrationController {

    private final EventHandling events;
    private final FormProblems formProblems;
    private final PostRedirectGet prg;
    private final Clock clock;

    OnBehalfRegistrationController(EventHandling events, FormProblems formProblems, PostRedirectGet prg, Clock clock) {
        this.events = events;
        this.formProblems = formProblems;
        this.prg = prg;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("consents", ConsentMethod.values());
    }

    /** The events to come, each with the link to register a resident for it. */
    @GetMapping("/events/register-for")
    String choose(Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(events.mayHelp(actor));
        PageResult<CommunityEvent> coming = events.list(actor, null, false, 0, 50);
        model.addAttribute("coming", coming.items().stream().filter(e -> !e.started(OffsetDateTime.now(clock)))
                .filter(e -> events.courseOf(e).isEmpty()).toList());
        return "activity/register-for-choose";
    }

    @GetMapping("/events/{id}/register-for")
    String start(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(events.mayHelp(actor));
        return form(model, events.visible(actor, id), OnBehalfRegistrationForm.empty());
    }

    @PostMapping("/events/{id}/register-for")
    String register(@PathVariable long id, @Valid @ModelAttribute("form") OnBehalfRegistrationForm form,
            BindingResult fields, Model model, RedirectAttributes redirect) {
        return act(id, form, fields, model, redirect, false);
    }

    @PostMapping("/events/{id}/register-for/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("form") OnBehalfRegistrationForm form,
            BindingResult fields, Model model, RedirectAttributes redirect) {
        return act(id, form, fields, model, redirect, true);
    }

    private String act(long id, OnBehalfRegistrationForm form, BindingResult fields, Model model,
            RedirectAttributes redirect, boolean cancel) {
        Actor actor = Permissions.actor();
        Permissions.require(events.mayHelp(actor));
        CommunityEvent event = events.visible(actor, id);
        try {
            formProblems.require(fields);
            Registration done = cancel ? events.cancelFor(actor, id, form.whom())
                    : events.registerFor(actor, id, form.whom());
            redirect.addFlashAttribute("flash", cancel ? "activity.onBehalf.done.cancelled"
                    : done.status() == RegistrationStatus.WAITING ? "activity.onBehalf.done.waiting"
                    : "activity.onBehalf.done.registered");
            return "redirect:/events/" + id + "/register-for";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return form(model, events.visible(actor, id), form);
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
            return form(model, event, form);
        }
    }

    private String form(Model model, CommunityEvent event, OnBehalfRegistrationForm form) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        return "activity/register-for";
    }
}
