package org.gongzhi.activity.web;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.activity.CourseHandling;
import org.gongzhi.shared.security.Permissions;

/** 爸爸兵团 courses for programs: list, offer, publish, enrol a child. */
@RestController
@RequestMapping("/api/v1/courses")
class CourseApiController {

    private final CourseHandling courses;

    CourseApiController(CourseHandling courses) {
        this.courses = courses;
    }

    /** Published courses, and the drafts the caller may publish. */
    @GetMapping
    List<CourseViews.CourseView> list() {
        return courses.list(Permissions.actor()).stream().map(CourseViews.CourseView::of).toList();
    }

    @GetMapping("/{id}")
    CourseViews.CourseView get(@PathVariable long id) {
        return CourseViews.CourseView.of(courses.visible(Permissions.actor(), id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CourseViews.CourseView> offer(@Valid @RequestBody CourseRequests.CourseRequest request) {
        long id = courses.offer(Permissions.actor(), request.input(), request.fatherId());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + id)).body(get(id));
    }

    /** The father or staff publish: each session becomes an event. */
    @PostMapping("/{id}/publish")
    CourseViews.CourseView publish(@PathVariable long id) {
        courses.publish(Permissions.actor(), id);
        return get(id);
    }

    /** Staff and the father see every child enrolled; a resident their household's. */
    @GetMapping("/{id}/enrolments")
    List<CourseViews.CourseEnrolmentView> enrolments(@PathVariable long id) {
        return courses.enrolments(Permissions.actor(), id).stream().map(CourseViews.CourseEnrolmentView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/enrolments")
    CourseViews.CourseEnrolmentView enrol(@PathVariable long id,
            @Valid @RequestBody CourseRequests.EnrolmentRequest request) {
        return CourseViews.CourseEnrolmentView.of(courses.enrol(Permissions.actor(), id, request.childId(),
                request.guardianId()));
    }
}
