package org.gongzhi.thinktank.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.thinktank.Availability;
import org.gongzhi.thinktank.Invitation;
import org.gongzhi.thinktank.Skill;
import org.gongzhi.thinktank.Talent;
import org.gongzhi.thinktank.TargetKind;
import org.gongzhi.thinktank.ThinkTank;

/** The think tank: skills, one's own profile, finding talents, invitations, answers and contributions. */
@RestController
@RequestMapping("/api/v1")
class ThinkTankApiController {

    private final ThinkTank thinkTank;

    ThinkTankApiController(ThinkTank thinkTank) {
        this.thinkTank = thinkTank;
    }

    record TalentView(Talent talent, List<Invitation> invitations) {
    }

    record TalentPage(List<Talent> items, int page, int size, long total) {
    }

    @GetMapping("/talent-skills")
    List<Skill> skills() {
        return thinkTank.skills(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/talent-skills")
    List<Skill> addSkill(@Valid @RequestBody ThinkTankRequests.SkillRequest request) {
        thinkTank.addSkill(Permissions.actor(), request.name().strip());
        return skills();
    }

    /** One's own profile and invitations; 404 before one registers. */
    @GetMapping("/me/talent")
    TalentView mine() {
        Actor actor = Permissions.actor();
        Talent talent = thinkTank.mine(actor).orElseThrow(() -> new NotFound("talent profile"));
        return new TalentView(talent, thinkTank.invitations(actor, talent.id()));
    }

    @PutMapping("/me/talent")
    TalentView register(@Valid @RequestBody ThinkTankRequests.TalentRequest request) {
        thinkTank.register(Permissions.actor(), request.input());
        return mine();
    }

    /** For those who invite: talents by words, skill, availability and grid. */
    @GetMapping("/talents")
    TalentPage search(@RequestParam(required = false) String q, @RequestParam(required = false) Long skill,
            @RequestParam(required = false) Availability availability, @RequestParam(required = false) Integer grid,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageResult<Talent> result = thinkTank.search(Permissions.actor(), q, skill, availability, grid,
                PageResult.clampPage(page), PageResult.clampSize(size));
        return new TalentPage(result.items(), result.page(), result.size(), result.total());
    }

    @GetMapping("/talents/{id}")
    TalentView talent(@PathVariable long id) {
        Actor actor = Permissions.actor();
        return new TalentView(thinkTank.talent(actor, id), thinkTank.invitations(actor, id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/talents/{id}/invitations")
    TalentView invite(@PathVariable long id, @Valid @RequestBody ThinkTankRequests.InvitationRequest request) {
        thinkTank.invite(Permissions.actor(), id, request.targetKind(), request.targetId(),
                ThinkTankRequests.blank(request.message()));
        return talent(id);
    }

    /** The advisers invited to a meeting or a project, with their answers and contributions. */
    @GetMapping("/talent-invitations")
    List<Invitation> invitedTo(@RequestParam TargetKind kind, @RequestParam long target) {
        return thinkTank.invitedTo(Permissions.actor(), kind, target);
    }

    @PostMapping("/talent-invitations/{id}/answer")
    TalentView answer(@PathVariable long id, @Valid @RequestBody ThinkTankRequests.AnswerRequest request) {
        thinkTank.answer(Permissions.actor(), id, request.answer());
        return mine();
    }

    @PostMapping("/talent-invitations/{id}/contribution")
    List<Invitation> contribution(@PathVariable long id,
            @Valid @RequestBody ThinkTankRequests.ContributionRequest request) {
        thinkTank.contribution(Permissions.actor(), id, request.contribution().strip());
        return thinkTank.invitations(Permissions.actor(), invitationTalent(id));
    }

    private long invitationTalent(long invitationId) {
        return thinkTank.invitationTalent(Permissions.actor(), invitationId);
    }
}
