package org.gongzhi.deliberation.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.deliberation.notice.NoticeHandling;
import org.gongzhi.deliberation.notice.PublicNotice;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Permissions;

/** Public notice (公示) of a deliberated plan: the period, residents' objections and the committee's answers. */
@RestController
@RequestMapping("/api/v1/proposals/{id}")
class NoticeApiController {

    private final NoticeHandling notices;

    NoticeApiController(NoticeHandling notices) {
        this.notices = notices;
    }

    @GetMapping("/notice")
    NoticeView notice(@PathVariable long id) {
        PublicNotice notice = notices.notice(Permissions.actor(), id)
                .orElseThrow(() -> new NotFound("notice of proposal " + id));
        return new NoticeView(notice, notices.isOpen(notice));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/objections")
    ResponseEntity<Created> object(@PathVariable long id, @Valid @RequestBody ObjectionRequest request) {
        long objectionId = notices.object(Permissions.actor(), id, request.text());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/notice"))
                .body(new Created(objectionId));
    }

    @PostMapping("/objections/{objectionId}/answer")
    NoticeView answer(@PathVariable long id, @PathVariable long objectionId,
            @Valid @RequestBody ObjectionAnswerRequest request) {
        notices.answer(Permissions.actor(), id, objectionId, request.answer());
        return notice(id);
    }

    record NoticeView(PublicNotice notice, boolean open) {
    }

    record ObjectionRequest(@NotBlank @Size(max = NoticeHandling.MAX_TEXT) String text) {
    }

    record ObjectionAnswerRequest(@NotBlank @Size(max = NoticeHandling.MAX_TEXT) String answer) {
    }

    record Created(long id) {
    }
}
