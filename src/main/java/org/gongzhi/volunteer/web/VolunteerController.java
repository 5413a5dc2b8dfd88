package org.gongzhi.volunteer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import org.gongzhi.community.OverviewQueries;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.volunteer.Member;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.Star;
import org.gongzhi.volunteer.Team;
import org.gongzhi.volunteer.TimeBank;
import org.gongzhi.volunteer.Volunteering;

/**
 * The volunteer pages: the teams with the community's honour board and star counts; one team with its board and,
 * for its leader and staff, the requests to join, the form to record service and the recent entries to correct;
 * and each person's own record with the certificate to download.
 */
@Controller
@RequestMapping("/volunteers")
class VolunteerController {

    private static final int PAGE_SIZE = 20;
    private static final int ALL_MEMBERS = 500;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Volunteering volunteering;
    private final TimeBank timeBank;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;
    private final CertificatePdf certificates;
    private final OverviewQueries overview;
    private final Clock clock;

    VolunteerController(Volunteering volunteering, PostRedirectGet prg, FormProblems formProblems,
            CertificatePdf certificates, OverviewQueries overview, Clock clock, TimeBank timeBank) {
        this.volunteering = volunteering;
        this.timeBank = timeBank;
        this.prg = prg;
        this.formProblems = formProblems;
        this.certificates = certificates;
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping
    String teams(Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("teams", volunteering.teams(actor));
        model.addAttribute("hasHome", actor.residentId() != null);
        model.addAttribute("mine", volunteering.myMemberships(actor).stream()
                .collect(Collectors.toMap(Member::teamId, Member::status)));
        model.addAttribute("board", volunteering.board(actor, null));
        model.addAttribute("stars", Star.values());
        model.addAttribute("starCounts", volunteering.starCounts(actor));
        return "volunteer/teams";
    }

    @PostMapping("/teams/{id}/join")
    String join(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/volunteers/teams/" + id, redirect, "volunteer.done.asked",
                () -> volunteering.join(Permissions.actor(), id));
    }

    @PostMapping("/teams/{id}/leave")
    String leave(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/volunteers/teams/" + id, redirect, "volunteer.done.left",
                () -> volunteering.leave(Permissions.actor(), id));
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        return teamPage(id, page, model, VolunteerRequests.emptyService(today()), List.of());
    }

    @PostMapping("/teams/{id}/members/{member}/approve")
    String approve(@PathVariable long id, @PathVariable long member, RedirectAttributes redirect) {
        return prg.attempt("/volunteers/teams/" + id + "#requests", redirect, "volunteer.done.approved",
                () -> volunteering.decide(Permissions.actor(), id, member, true));
    }

    @PostMapping("/teams/{id}/members/{member}/decline")
    String decline(@PathVariable long id, @PathVariable long member, RedirectAttributes redirect) {
        return prg.attempt("/volunteers/teams/" + id + "#requests", redirect, "volunteer.done.declined",
                () -> volunteering.decide(Permissions.actor(), id, member, false));
    }

    @PostMapping("/teams/{id}/service")
    String record(@PathVariable long id,
            @Valid @ModelAttribute("serviceRequest") VolunteerRequests.ServiceRequest form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        try {
            formProblems.require(fields);
            volunteering.record(actor, id, form.input());
            redirect.addFlashAttribute("flash", "volunteer.done.recorded");
            return "redirect:/volunteers/teams/" + id + "#service";
        } catch (InvalidInput e) {
            return teamPage(id, 0, model, form, e.problems());
        }
    }

    @PostMapping("/service/{service}/correct")
    String correct(@PathVariable long service, @RequestParam(required = false) Integer minutes,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        long team = volunteering.visibleService(actor, service).teamId();
        return prg.attempt("/volunteers/teams/" + team + "#s-" + service, redirect, "volunteer.done.corrected",
                () -> {
                    if (minutes == null) {
                        throw InvalidInput.of("minutes", "volunteer.invalid.correctedMinutes");
                    }
                    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
                        throw InvalidInput.of("reason", "volunteer.invalid.reason");
                    }
                    volunteering.correct(actor, service, minutes, reason.strip());
                });
    }

    @GetMapping("/me")
    String me(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Permissions.actor();
        var standing = volunteering.myStanding(actor);
        model.addAttribute("standing", VolunteerViews.StandingView.of(standing));
        model.addAttribute("hours", standing.hours());
        model.addAttribute("minutesOver", standing.minutesOver());
        model.addAttribute("memberships", volunteering.myMemberships(actor));
        model.addAttribute("teamNames", volunteering.teams(actor).stream()
                .collect(Collectors.toMap(Team::id, Team::name)));
        model.addAttribute("result", volunteering.myService(actor, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("base", "/volunteers/me");
        model.addAttribute("balance", timeBank.balance(actor));
        model.addAttribute("timeRequests", timeBank.mine(actor));
        model.addAttribute("allTeams", volunteering.teams(actor));
        model.addAttribute("today", today());
        return "volunteer/me";
    }

    @GetMapping("/me/certificate.pdf")
    ResponseEntity<byte[]> certificate(Locale locale) {
        Actor actor = Permissions.actor();
        Volunteering.Certificate certificate = volunteering.certificate(actor);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename("volunteer-certificate.pdf")
                        .build().toString())
                .body(certificates.pdf(certificate, overview.of(actor.communityId()).name(), locale));
    }

    private String teamPage(long id, Integer page, Model model, VolunteerRequests.ServiceRequest form,
            List<InvalidInput.Problem> problems) {
        Actor actor = Permissions.actor();
        Team team = volunteering.team(actor, id);
        boolean leads = volunteering.leads(actor, team);
        Map<Long, MembershipStatus> mine = volunteering.myMemberships(actor).stream()
                .collect(Collectors.toMap(Member::teamId, Member::status));
        model.addAttribute("team", team);
        model.addAttribute("myStatus", mine.get(team.id()));
        model.addAttribute("hasHome", actor.residentId() != null);
        model.addAttribute("board", volunteering.board(actor, team.id()));
        model.addAttribute("leads", leads);
        if (leads) {
            model.addAttribute("requests", volunteering.members(actor, id, MembershipStatus.REQUESTED, 0, 50));
            model.addAttribute("members", volunteering.members(actor, id, MembershipStatus.MEMBER, 0, ALL_MEMBERS)
                    .items());
            model.addAttribute("result", volunteering.teamService(actor, id, PageResult.clampPage(page), PAGE_SIZE));
            model.addAttribute("base", "/volunteers/teams/" + id);
            model.addAttribute("serviceRequest", form);
            model.addAttribute("timeRequests", timeBank.openFor(actor, id));
            if (!problems.isEmpty() || !model.containsAttribute("problems")) {
                model.addAttribute("problems", problems);
            }
        }
        return "volunteer/team";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
