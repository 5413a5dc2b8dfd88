package org.gongzhi.activity.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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

import org.gongzhi.activity.Course;
import org.gongzhi.activity.CourseHandling;
import org.gongzhi.activity.Participant;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * The 爸爸兵团 pages: the courses fathers offer, one course with its sessions (each an event) and the form where a
 * guardian enrols a child of the household, and the form where a father offers a course.
 */
@Controller
@RequestMapping("/courses")
class CourseController {

    private final CourseHandling courses;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;
    private final Clock clock;

    CourseController(CourseHandling courses, PostRedirectGet prg, FormProblems formProblems, Clock clock) {
        this.courses = courses;
        this.prg = prg;
        this.formProblems = formProblems;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = Permissions.actor();
        List<Course> all = courses.list(actor);
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("drafts", all.stream().filter(c -> !c.published()).toList());
        model.addAttribute("coming", all.stream().filter(c -> c.published() && !c.started(now)).toList()
                .reversed());
        model.addAttribute("begun", all.stream().filter(c -> c.published() && c.started(now)).toList());
        model.addAttribute("canOffer", courses.mayOffer(actor));
        model.addAttribute("fathers", all.stream().collect(Collectors.toMap(Course::id,
                c -> Masking.name(c.fatherName()))));
        return "activity/courses";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Course course = courses.visible(actor, id);
        List<Participant> children = courses.enrollable(actor, course);
        model.addAttribute("course", course);
        model.addAttribute("father", Masking.name(course.fatherName()));
        model.addAttribute("children", children);
        model.addAttribute("ages", children.stream().collect(Collectors.toMap(Participant::residentId,
                p -> p.ageOn(course.firstDay()))));
        model.addAttribute("enrolments", courses.enrolments(actor, id));
        model.addAttribute("canPublish", !course.published() && courses.mayPublish(actor, course));
        model.addAttribute("started", course.started(OffsetDateTime.now(clock)));
        return "activity/course";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/courses/" + id, redirect, "activity.done.coursePublished",
                () -> courses.publish(Permissions.actor(), id));
    }

    @PostMapping("/{id}/enrol")
    String enrol(@PathVariable long id, @RequestParam(required = false) Long childId, RedirectAttributes redirect) {
        return prg.attempt("/courses/" + id, redirect, "activity.done.enrolled",
                () -> courses.enrol(Permissions.actor(), id, childId, null));
    }

    @GetMapping("/new")
    String start(Model model) {
        Permissions.require(courses.mayOffer(Permissions.actor()));
        return form(model, CourseRequests.emptyCourse(), List.of());
    }

    @PostMapping("/new")
    String offer(@Valid @ModelAttribute("courseForm") CourseRequests.CourseForm form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(courses.mayOffer(actor));
        try {
            formProblems.require(fields);
            long id = courses.offer(actor, form.input(), null);
            redirect.addFlashAttribute("flash", "activity.done.courseOffered");
            return "redirect:/courses/" + id;
        } catch (InvalidInput e) {
            return form(model, form, e.problems());
        }
    }

    private String form(Model model, CourseRequests.CourseForm form, List<InvalidInput.Problem> problems) {
        model.addAttribute("courseForm", form);
        model.addAttribute("problems", problems);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, CourseRequests.FORM_SESSIONS).boxed()
                .toList());
        return "activity/course-new";
    }
}
