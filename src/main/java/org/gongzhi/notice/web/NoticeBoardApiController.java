package org.gongzhi.notice.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

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

import org.gongzhi.notice.Notice;
import org.gongzhi.cases.CaseSummary;
import org.gongzhi.notice.NoticePublishing;
import org.gongzhi.notice.StairwellDigest;
import org.gongzhi.renewal.ProjectSummary;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** Notices for programs: the reader's notices, publish, read receipt, and the audience's read count for staff. */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeBoardApiController {

    private final NoticePublishing notices;
    private final StairwellDigest digest;

    NoticeBoardApiController(NoticePublishing notices, StairwellDigest digest) {
        this.notices = notices;
        this.digest = digest;
    }

    /**
     * What a stairwell's monthly digest lists, as its PDF at {@code /notices/digest} prints it, for the same readers
     * (staff and the secretary of the stairwell's grid branch; anyone else 404): {@code ?stairwell=AY-12-3&month=2026-12},
     * this month when the month is left out.
     */
    @GetMapping("/digest")
    DigestView digest(@RequestParam String stairwell, @RequestParam(required = false) String month) {
        YearMonth which;
        try {
            which = month == null || month.isBlank() ? digest.thisMonth() : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("month", "notice.digest.invalid.month");
        }
        StairwellDigest.Month content = digest.of(Permissions.actor(), stairwell.strip(), which);
        return new DigestView(stairwell.strip().toUpperCase(java.util.Locale.ROOT), which.toString(),
                content.notices().stream().map(NoticeViews.PostedNotice::of).toList(), content.cases(),
                content.projects());
    }

    /** A stairwell's digest for a month: its notices (oldest first), its cases (newest first), its projects. */
    record DigestView(String stairwell, String month, java.util.List<NoticeViews.PostedNotice> notices,
            java.util.List<CaseSummary> cases, java.util.List<ProjectSummary> projects) {
    }

    /** A resident's notices posted now for their place, pinned then newest first; every notice for staff. */
    @GetMapping
    NoticeViews.PostedNoticePage list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<Notice> result = notices.list(Permissions.actor(), PageResult.clampPage(page),
                PageResult.clampSize(size));
        return new NoticeViews.PostedNoticePage(result.items().stream().map(NoticeViews.PostedNotice::of).toList(),
                result.page(), result.size(), result.total());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<NoticeViews.PostedNotice> publish(@Valid @RequestBody NoticeRequests.NewNoticeRequest request) {
        long id = notices.publish(Permissions.actor(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + id)).body(get(id));
    }

    @GetMapping("/{id}")
    NoticeViews.PostedNotice get(@PathVariable long id) {
        return NoticeViews.PostedNotice.of(notices.visible(Permissions.actor(), id));
    }

    /** The reader's household has read the notice (once per household, however often it is sent). */
    @PostMapping("/{id}/read")
    NoticeViews.PostedNotice read(@PathVariable long id) {
        notices.read(Permissions.actor(), id);
        return get(id);
    }

    /** The files attached to the notice, each to be read at its own address. */
    @GetMapping("/{id}/attachments")
    java.util.List<NoticeViews.AttachmentView> attachments(@PathVariable long id) {
        return notices.attachments(Permissions.actor(), id).stream().map(NoticeViews.AttachmentView::of).toList();
    }

    /** Staff attach one file (multipart field {@code file}): a JPEG or PNG photo (re-encoded) or a PDF. */
    @PostMapping(path = "/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<NoticeViews.AttachmentView> attach(@PathVariable long id,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file) {
        notices.mayAttach(Permissions.actor(), id);
        java.util.List<org.gongzhi.notice.AttachmentUpload> uploads = NoticeFiles.uploads(
                file == null ? java.util.List.of() : java.util.List.of(file), "file");
        if (uploads.isEmpty()) {
            throw org.gongzhi.shared.domain.InvalidInput.of("file", "validation.required");
        }
        NoticeViews.AttachmentView view = NoticeViews.AttachmentView.of(
                notices.attach(Permissions.actor(), id, uploads.getFirst()));
        return ResponseEntity.created(URI.create(view.url())).body(view);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return NoticeFiles.answer(notices.attachment(Permissions.actor(), id, attachmentId));
    }

    @GetMapping("/{id}/read-count")
    NoticeViews.NoticeReadCount readCount(@PathVariable long id) {
        return NoticeViews.NoticeReadCount.of(notices.readCount(Permissions.actor(), id));
    }
}
