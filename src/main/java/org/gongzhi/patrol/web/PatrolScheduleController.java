package org.gongzhi.patrol.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.patrol.PatrolOccurrence;
import org.gongzhi.patrol.PatrolPermissions;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.patrol.PatrolStatus;
import org.gongzhi.patrol.record.PatrolDayReading;
import org.gongzhi.patrol.schedule.OccurrenceChange;
import org.gongzhi.patrol.schedule.ScheduleInput;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** The patrol schedule for everyone, and a branch's page where staff and its secretary change it. */
@Controller
@RequestMapping("/patrols")
class PatrolScheduleController {

    static final int SCHEDULE_MONTHS = 3;
    static final int BRANCH_MONTHS = 6;
    static final int RECORD_MONTHS = 3;

    private final PatrolSchedules schedules;
    private final PatrolPermissions permissions;
    private final AuditTrail audit;
    private final PatrolRecords records;
    private final Clock clock;

    PatrolScheduleController(PatrolSchedules schedules, PatrolPermissions permissions, AuditTrail audit,
            PatrolRecords records, Clock clock) {
        this.schedules = schedules;
        this.permissions = permissions;
        this.audit = audit;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/schedule")
    String schedule(@RequestParam(required = false) Integer branch, Model model) {
        Actor actor = viewer();
        List<PatrolSchedule> all = schedules.schedules(actor.communityId());
        Optional<Integer> chosen = Optional.ofNullable(branch)
                .filter(n -> all.stream().anyMatch(s -> s.branchNumber() == n));
        model.addAttribute("branches", all);
        model.addAttribute("branch", chosen.orElse(null));
        model.addAttribute("months", SCHEDULE_MONTHS);
        model.addAttribute("patrols", schedules.upcoming(actor.communityId(), chosen, SCHEDULE_MONTHS));
        return "patrol/schedule";
    }

    @GetMapping("/branches/{number}")
    String branch(@PathVariable int number, Model model) {
        Actor actor = viewer();
        PatrolSchedule schedule = schedules.schedule(actor.communityId(), number);
        return show(actor, schedule, ScheduleInput.of(schedule), noChange(), model);
    }

    @PostMapping("/branches/{number}/schedule")
    String change(@PathVariable int number, @ModelAttribute ScheduleInput form, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        PatrolSchedule schedule = changeable(actor, number);
        try {
            schedules.change(actor.communityId(), number, form);
            redirect.addFlashAttribute("flash", "patrol.schedule.saved");
            return "redirect:/patrols/branches/" + number;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return show(actor, schedule, form, noChange(), model);
        }
    }

    @PostMapping("/branches/{number}/exceptions")
    String except(@PathVariable int number, @ModelAttribute OccurrenceChange form, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        PatrolSchedule schedule = changeable(actor, number);
        try {
            PatrolOccurrence changed = schedules.except(actor.communityId(), number, form);
            redirect.addFlashAttribute("flash", "patrol.exception.saved." + changed.status());
            return "redirect:/patrols/branches/" + number + "#upcoming";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return show(actor, schedule, ScheduleInput.of(schedule), form, model);
        }
    }

    private Actor viewer() {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canView(actor));
        return actor;
    }

    private PatrolSchedule changeable(Actor actor, int number) {
        PatrolSchedule schedule = schedules.schedule(actor.communityId(), number);
        Permissions.require(permissions.canChange(actor, schedule));
        return schedule;
    }

    private String show(Actor actor, PatrolSchedule schedule, ScheduleInput scheduleForm, OccurrenceChange changeForm,
            Model model) {
        model.addAttribute("schedule", schedule);
        model.addAttribute("grids", schedules.grids(schedule));
        model.addAttribute("occurrences", schedules.upcoming(actor.communityId(),
                Optional.of(schedule.branchNumber()), BRANCH_MONTHS).getFirst().occurrences());
        model.addAttribute("canChange", permissions.canChange(actor, schedule));
        model.addAttribute("readings", PatrolDayReading.values());
        model.addAttribute("kinds", List.of(PatrolStatus.MOVED, PatrolStatus.CANCELLED));
        model.addAttribute("scheduleForm", scheduleForm);
        model.addAttribute("changeForm", changeForm);
        model.addAttribute("history", audit.of(PatrolSchedules.SUBJECT, schedule.id()));
        model.addAttribute("latestPatrol", records.latestHeld(schedule).orElse(null));
        model.addAttribute("patrolRecords", records.between(actor.communityId(), List.of(schedule.gridBranchId()),
                LocalDate.now(clock).minusMonths(RECORD_MONTHS), LocalDate.now(clock)));
        return "patrol/branch";
    }

    private static OccurrenceChange noChange() {
        return new OccurrenceChange(null, "MOVED", null, null, null);
    }
}
