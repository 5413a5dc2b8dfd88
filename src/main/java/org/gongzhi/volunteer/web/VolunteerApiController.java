package org.gongzhi.volunteer.web;

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

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.volunteer.Member;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.ServiceRecord;
import org.gongzhi.volunteer.Volunteering;

/** Volunteer teams, membership, service records and corrections, honour boards and one's own record. */
@RestController
@RequestMapping("/api/v1")
class VolunteerApiController {

    private final Volunteering volunteering;

    VolunteerApiController(Volunteering volunteering) {
        this.volunteering = volunteering;
    }

    @GetMapping("/volunteer-teams")
    List<VolunteerViews.TeamView> teams() {
        return volunteering.teams(Permissions.actor()).stream().map(VolunteerViews.TeamView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/volunteer-teams")
    ResponseEntity<VolunteerViews.TeamView> create(@Valid @RequestBody VolunteerRequests.TeamRequest request) {
        long id = volunteering.createTeam(Permissions.actor(), request.code(), request.name().strip(),
                request.purpose(), request.leaderResidentId());
        return ResponseEntity.created(URI.create("/api/v1/volunteer-teams/" + id)).body(team(id));
    }

    @GetMapping("/volunteer-teams/{id}")
    VolunteerViews.TeamView team(@PathVariable long id) {
        return VolunteerViews.TeamView.of(volunteering.team(Permissions.actor(), id));
    }

    /** The team's honour board: its twenty members with most counted service. */
    @GetMapping("/volunteer-teams/{id}/board")
    List<VolunteerViews.StandingView> teamBoard(@PathVariable long id) {
        return volunteering.board(Permissions.actor(), id).stream().map(VolunteerViews.StandingView::of).toList();
    }

    /** The community's honour board. */
    @GetMapping("/volunteer-board")
    List<VolunteerViews.StandingView> board() {
        return volunteering.board(Permissions.actor(), null).stream().map(VolunteerViews.StandingView::of).toList();
    }

    @PostMapping("/volunteer-teams/{id}/join")
    List<VolunteerViews.MemberView> join(@PathVariable long id) {
        volunteering.join(Permissions.actor(), id);
        return mine();
    }

    @PostMapping("/volunteer-teams/{id}/leave")
    List<VolunteerViews.MemberView> leave(@PathVariable long id) {
        volunteering.leave(Permissions.actor(), id);
        return mine();
    }

    /** For the team's leader and staff: members, or with {@code status=REQUESTED} the requests waiting. */
    @GetMapping("/volunteer-teams/{id}/members")
    VolunteerViews.MemberPage members(@PathVariable long id,
            @RequestParam(defaultValue = "MEMBER") MembershipStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<Member> result = volunteering.members(Permissions.actor(), id, status, PageResult.clampPage(page),
                PageResult.clampSize(size));
        return new VolunteerViews.MemberPage(result.items().stream().map(VolunteerViews.MemberView::of).toList(),
                result.page(), result.size(), result.total());
    }

    @PostMapping("/volunteer-teams/{id}/members/{member}/approve")
    VolunteerViews.TeamView approve(@PathVariable long id, @PathVariable long member) {
        volunteering.decide(Permissions.actor(), id, member, true);
        return team(id);
    }

    @PostMapping("/volunteer-teams/{id}/members/{member}/decline")
    VolunteerViews.TeamView decline(@PathVariable long id, @PathVariable long member) {
        volunteering.decide(Permissions.actor(), id, member, false);
        return team(id);
    }

    @GetMapping("/volunteer-teams/{id}/service")
    VolunteerViews.ServicePage teamService(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return page(volunteering.teamService(Permissions.actor(), id, PageResult.clampPage(page),
                PageResult.clampSize(size)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/volunteer-teams/{id}/service")
    ResponseEntity<VolunteerViews.ServiceView> record(@PathVariable long id,
            @Valid @RequestBody VolunteerRequests.ServiceRequest request) {
        long service = volunteering.record(Permissions.actor(), id, request.input());
        return ResponseEntity.created(URI.create("/api/v1/volunteer-service/" + service)).body(service(service));
    }

    @GetMapping("/volunteer-service/{id}")
    VolunteerViews.ServiceView service(@PathVariable long id) {
        return VolunteerViews.ServiceView.of(volunteering.visibleService(Permissions.actor(), id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/volunteer-service/{id}/corrections")
    VolunteerViews.ServiceView correct(@PathVariable long id,
            @Valid @RequestBody VolunteerRequests.CorrectionRequest request) {
        return service(volunteering.correct(Permissions.actor(), id, request.minutes(), request.reason().strip()));
    }

    /** One's own standing, teams and service, newest first. */
    @GetMapping("/me/volunteering")
    VolunteerViews.MyVolunteering me(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        return new VolunteerViews.MyVolunteering(VolunteerViews.StandingView.of(volunteering.myStanding(actor)),
                mine(), page(volunteering.myService(actor, PageResult.clampPage(page), PageResult.clampSize(size))));
    }

    private List<VolunteerViews.MemberView> mine() {
        return volunteering.myMemberships(Permissions.actor()).stream().map(VolunteerViews.MemberView::of).toList();
    }

    private static VolunteerViews.ServicePage page(PageResult<ServiceRecord> result) {
        return new VolunteerViews.ServicePage(result.items().stream().map(VolunteerViews.ServiceView::of).toList(),
                result.page(), result.size(), result.total());
    }
}
