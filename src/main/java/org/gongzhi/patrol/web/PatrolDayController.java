package org.gongzhi.patrol.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.record.AttendanceCandidate;
import org.gongzhi.patrol.record.AttendanceRoster;
import org.gongzhi.patrol.record.PatrolFindingSeverity;
import org.gongzhi.patrol.record.PatrolFindings;
import org.gongzhi.patrol.record.PatrolRecordCheckStatus;
import org.gongzhi.patrol.record.PatrolRecordDay;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * The patrol day on the secretary's phone, in three steps of one page: attendance with everyone's age and the
 * study topic, the checklist of stairwells and places, and findings that become work orders.
 */
@Controller
@RequestMapping("/patrols/branches/{number}/{date:\\d{4}-\\d{2}-\\d{2}}")
class PatrolDayController {

    static final String CHECK_PREFIX = "item.";

    private final PatrolRecords records;
    private final PatrolFindings findings;
    private final AttendanceRoster roster;

    PatrolDayController(PatrolRecords records, PatrolFindings findings, AttendanceRoster roster) {
        this.records = records;
        this.findings = findings;
        this.roster = roster;
    }

    @GetMapping
    String day(@PathVariable int number, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String q, @RequestParam(required = false) String step, Model model) {
        return show(number, date, PatrolDayStep.of(step), q, PatrolFindingForm.blank(), List.of(), model);
    }

    @PostMapping("/attendance")
    String attendance(@PathVariable int number, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, @RequestParam(required = false) String studyTopic,
            @RequestParam(name = "present", required = false) List<Long> present, Model model,
            RedirectAttributes redirect) {
        return attempt(number, date, model, redirect, "patrol.day.attendance.saved", PatrolDayStep.ATTENDANCE,
                () -> records.recordAttendance(Permissions.actor(), number, date, studyTopic,
                        present == null ? List.of() : present));
    }

    @PostMapping("/checks")
    String checks(@PathVariable int number, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return attempt(number, date, model, redirect, "patrol.day.checks.saved", PatrolDayStep.CHECKLIST,
                () -> records.recordChecks(Permissions.actor(), number, date, checks(params)));
    }

    @PostMapping("/findings")
    String finding(@PathVariable int number, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, @ModelAttribute PatrolFindingForm form, @RequestParam(required = false) MultipartFile photo,
            Model model, RedirectAttributes redirect) {
        try {
            findings.report(Permissions.actor(), number, date, form.toInput(null), PhotoUploads.photo(photo, "photo"));
            redirect.addFlashAttribute("flash", "patrol.day.finding.saved");
            return PatrolDayStep.FINDINGS.redirect(number, date);
        } catch (InvalidInput e) {
            return show(number, date, PatrolDayStep.FINDINGS, null, form, e.problems(), model);
        }
    }

    @PostMapping("/close")
    String close(@PathVariable int number, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date, Model model, RedirectAttributes redirect) {
        return attempt(number, date, model, redirect, "patrol.day.closed", PatrolDayStep.FINDINGS,
                () -> records.close(Permissions.actor(), number, date));
    }

    /** Post/Redirect/Get back to the step just saved; broken rules are shown on that step. */
    private String attempt(int number, LocalDate date, Model model, RedirectAttributes redirect, String done,
            PatrolDayStep step, Supplier<?> save) {
        try {
            save.get();
            redirect.addFlashAttribute("flash", done);
            return step.redirect(number, date);
        } catch (InvalidInput e) {
            return show(number, date, step, null, PatrolFindingForm.blank(), e.problems(), model);
        }
    }

    private String show(int number, LocalDate date, PatrolDayStep step, String query, PatrolFindingForm form,
            List<InvalidInput.Problem> problems, Model model) {
        Actor actor = Permissions.actor();
        PatrolRecordDay day = records.day(actor, number, date);
        Set<Long> listed = day.present().stream().map(AttendanceCandidate::residentId)
                .collect(Collectors.toCollection(HashSet::new));
        // someone just found is listed once, under the search box, unless already present
        List<AttendanceCandidate> found = roster.search(actor, day.schedule(), date, day.recordId(), query).stream()
                .filter(c -> listed.add(c.residentId())).toList();
        model.addAttribute("day", day);
        model.addAttribute("step", step);
        model.addAttribute("steps", PatrolDayStep.values());
        model.addAttribute("query", query);
        model.addAttribute("found", found);
        List<AttendanceCandidate> others = roster.roster(day.schedule(), date, day.recordId()).stream()
                .filter(c -> !listed.contains(c.residentId())).toList();
        model.addAttribute("roster", RosterGroup.byBuilding(others));
        model.addAttribute("rosterSize", others.size());
        model.addAttribute("walked", day.checklist().stream().filter(c -> c.status() != null).count());
        model.addAttribute("checkGroups", ChecklistGroup.byBuilding(day.checklist()));
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("severities", PatrolFindingSeverity.values());
        model.addAttribute("statuses", PatrolRecordCheckStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "patrol/patrol-day";
    }

    /** A checklist status as a form or the phone sends it; blank means the item was not walked. */
    static PatrolRecordCheckStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PatrolRecordCheckStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("checks", "patrol.day.validation.checks");
        }
    }

    /** The checklist fields ({@code item.S:0101} = OK or PROBLEM); an item left blank was not walked. */
    private static Map<String, PatrolRecordCheckStatus> checks(Map<String, String> params) {
        Map<String, PatrolRecordCheckStatus> checks = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            PatrolRecordCheckStatus status = name.startsWith(CHECK_PREFIX) ? status(value) : null;
            if (status != null) {
                checks.put(name.substring(CHECK_PREFIX.length()), status);
            }
        });
        return checks;
    }
}
