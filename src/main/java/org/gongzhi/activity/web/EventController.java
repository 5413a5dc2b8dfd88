package org.gongzhi.activity.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.activity.ActivityPermissions;
import org.gongzhi.activity.BirthdayParties;
import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.DoorCode;
import org.gongzhi.activity.EventHandling;
import org.gongzhi.activity.Participant;
import org.gongzhi.activity.Registration;
import org.gongzhi.activity.RegistrationStatus;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.shared.web.QrSvg;

/**
 * The event pages: the programme's events to come (or past), one event with the household's registrations and a
 * form to register a member, the door list where staff and volunteers check people in and staff register residents
 * who have no phone, and the staff form for a new event.
 */
@Controller
@RequestMapping("/events")
class EventController {

    private static final int PAGE_SIZE = 20;

    private final EventHandling events;
    private final ActivityPermissions permissions;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;
    private final Clock clock;
    private final String publicUrl;
    private final BirthdayParties birthdays;

    EventController(EventHandling events, ActivityPermissions permissions, PostRedirectGet prg,
            FormProblems formProblems, Clock clock,
            @Value("${gongzhi.public-url:}") String publicUrl, BirthdayParties birthdays) {
        this.birthdays = birthdays;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.events = events;
        this.permissions = permissions;
        this.prg = prg;
        this.formProblems = formProblems;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long programme, @RequestParam(defaultValue = "false") boolean past,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("programmes", events.programmes(actor));
        model.addAttribute("result", events.list(actor, programme, past, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("programme", programme);
        model.addAttribute("past", past);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/events")
                .queryParamIfPresent("programme", Optional.ofNullable(programme))
                .queryParamIfPresent("past", Optional.of(past).filter(p -> p)).toUriString());
        model.addAttribute("canManage", permissions.mayManage(actor));
        model.addAttribute("invitations", birthdays.forMyHousehold(actor));
        return "activity/events";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        CommunityEvent event = events.visible(actor, id);
        List<Participant> household = events.household(actor);
        model.addAttribute("event", event);
        model.addAttribute("course", events.courseOf(event).orElse(null));
        model.addAttribute("household", household);
        model.addAttribute("ages", household.stream().collect(Collectors.toMap(
                Participant::residentId, p -> p.ageOn(event.day()))));
        model.addAttribute("adults", household.stream().filter(p -> !p.childOn(event.day())).toList());
        List<Registration> registrations = permissions.mayCheckIn(actor) ? List.of() : events.registrations(actor, id);
        Set<Long> placed = registrations.stream().filter(Registration::active).map(Registration::residentId)
                .collect(Collectors.toSet());
        model.addAttribute("registrations", registrations);
        model.addAttribute("doorCodes", doorCodes(actor, event, registrations));
        model.addAttribute("unregistered", household.stream().filter(p -> !placed.contains(p.residentId()))
                .filter(p -> event.agesAllow(p)).toList());
        model.addAttribute("canCheckIn", permissions.mayCheckIn(actor));
        model.addAttribute("canHelp", events.mayHelp(actor));
        model.addAttribute("started", event.started(OffsetDateTime.now(clock)));
        return "activity/event";
    }

    @PostMapping("/{id}/register")
    String register(@PathVariable long id, @RequestParam(required = false) Long residentId,
            @RequestParam(required = false) Long guardianId, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        String page = "roster".equals(back) ? "/events/" + id + "/roster" : "/events/" + id;
        return prg.attempt(page, redirect, () -> events.register(Permissions.actor(), id, residentId, guardianId)
                .status() == RegistrationStatus.WAITING ? "activity.done.waiting" : "activity.done.registered");
    }

    @PostMapping("/{id}/registrations/{registration}/cancel")
    String cancel(@PathVariable long id, @PathVariable long registration,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String page = "roster".equals(back) ? "/events/" + id + "/roster" : "/events/" + id;
        return prg.attempt(page, redirect, "activity.done.cancelled",
                () -> events.cancel(Permissions.actor(), id, registration));
    }

    @PostMapping("/{id}/registrations/{registration}/check-in")
    String checkIn(@PathVariable long id, @PathVariable long registration, RedirectAttributes redirect) {
        return prg.attempt("/events/" + id + "/roster#r-" + registration, redirect, "activity.done.checkedIn",
                () -> events.checkIn(Permissions.actor(), id, registration));
    }

    /**
     * The QR code each place of the household shows at the door, while the door is still to open or open: it holds the
     * address of the door page, which a volunteer's phone camera opens.
     */
    private Map<Long, DoorPass> doorCodes(Actor actor, CommunityEvent event, List<Registration> mine) {
        if (event.closed() || OffsetDateTime.now(clock).isAfter(event.endsAt())) {
            return Map.of();
        }
        Map<Long, DoorPass> passes = new HashMap<>();
        for (Registration r : mine) {
            if (r.awaitsCheckIn()) {
                String code = events.doorCode(actor, event.id(), r.id());
                passes.put(r.id(), new DoorPass(DoorCode.shown(code),
                        QrSvg.of(publicUrl() + "/events/" + event.id() + "/door/" + code)));
            }
        }
        return passes;
    }

    record DoorPass(String code, String qr) {
    }

    private String publicUrl() {
        return publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicUrl;
    }

    /** A door code typed on the door list: opens its place, or says there is none. */
    @GetMapping("/{id}/door")
    String findAtDoor(@PathVariable long id, @RequestParam(required = false) String code,
            RedirectAttributes redirect) {
        Optional<Registration> found = events.atDoor(Permissions.actor(), id, code);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("refusal", prg.text(new Refused(
                    "activity.refused.unknownDoorCode", "no place has this door code", code == null ? "" : code)));
            return "redirect:/events/" + id + "/roster";
        }
        return "redirect:/events/" + id + "/door/" + found.get().doorCode();
    }

    /** What a volunteer's phone opens from a resident's QR code: who it is, and the button to let them in. */
    @GetMapping("/{id}/door/{code}")
    String door(@PathVariable long id, @PathVariable String code, Model model) {
        Actor actor = Permissions.actor();
        Registration registration = events.atDoor(actor, id, code)
                .orElseThrow(() -> new NotFound("door code"));
        CommunityEvent event = events.visible(actor, id);
        model.addAttribute("event", event);
        model.addAttribute("r", registration);
        model.addAttribute("code", DoorCode.shown(registration.doorCode()));
        model.addAttribute("checkInOpen", event.checkInOpen(OffsetDateTime.now(clock)));
        return "activity/door";
    }

    @PostMapping("/{id}/door/{code}/check-in")
    String checkInAtDoor(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return prg.attempt("/events/" + id + "/door/" + code, redirect, "activity.done.checkedIn",
                () -> events.checkInAtDoor(Permissions.actor(), id, code));
    }

    /** Staff choose the team a resident helps for and the task, from the door list's search. */
    @GetMapping("/{id}/helpers/new")
    String newHelper(@PathVariable long id, @RequestParam long residentId, Model model) {
        Actor actor = Permissions.actor();
        CommunityEvent event = events.visible(actor, id);
        model.addAttribute("event", event);
        model.addAttribute("teams", events.helperTeams(actor, residentId));
        model.addAttribute("resident", events.findResident(actor, residentId));
        return "activity/helper";
    }

    @PostMapping("/{id}/helpers")
    String addHelper(@PathVariable long id, @RequestParam long residentId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) String task, RedirectAttributes redirect) {
        return prg.attempt("/events/" + id + "/roster#helpers", "/events/" + id + "/helpers/new?residentId=" + residentId,
                redirect, "activity.done.helperAdded",
                () -> events.addHelper(Permissions.actor(), id, residentId, teamId, task));
    }

    @PostMapping("/{id}/helpers/{helper}/present")
    String helperPresent(@PathVariable long id, @PathVariable long helper, RedirectAttributes redirect) {
        return prg.attempt("/events/" + id + "/roster#helpers", redirect, "activity.done.helperPresent",
                () -> events.helperPresent(Permissions.actor(), id, helper));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/events/" + id + "/roster", redirect, "activity.done.closed",
                () -> events.close(Permissions.actor(), id));
    }

    /** The door list: who has a place, who waits, who is in; staff find residents to register by name. */
    @GetMapping("/{id}/roster")
    String roster(@PathVariable long id, @RequestParam(required = false) String name, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayCheckIn(actor));
        CommunityEvent event = events.visible(actor, id);
        List<Registration> registrations = events.registrations(actor, id);
        model.addAttribute("event", event);
        model.addAttribute("registrations", registrations);
        model.addAttribute("checkedIn", registrations.stream().filter(Registration::checkedIn).count());
        model.addAttribute("canManage", permissions.mayManage(actor));
        model.addAttribute("checkInOpen", event.checkInOpen(OffsetDateTime.now(clock)));
        model.addAttribute("name", name);
        model.addAttribute("found", permissions.mayManage(actor) ? events.findResidents(actor, name) : List.of());
        model.addAttribute("helpers", events.helpers(actor, id));
        model.addAttribute("started", event.started(OffsetDateTime.now(clock)));
        return "activity/roster";
    }

    @GetMapping("/new")
    String start(Model model) {
        Permissions.require(permissions.mayManage(Permissions.actor()));
        return form(model, ActivityRequests.emptyEvent(), List.of());
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("eventForm") ActivityRequests.EventForm form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayManage(actor));
        try {
            formProblems.require(fields);
            long id = events.create(actor, form.input());
            redirect.addFlashAttribute("flash", "activity.done.created");
            return "redirect:/events/" + id;
        } catch (InvalidInput e) {
            return form(model, form, e.problems());
        }
    }

    private String form(Model model, ActivityRequests.EventForm form, List<InvalidInput.Problem> problems) {
        model.addAttribute("eventForm", form);
        model.addAttribute("problems", problems);
        model.addAttribute("programmes", events.programmes(Permissions.actor()));
        model.addAttribute("cohorts", Cohort.values());
        return "activity/new";
    }
}
