package org.gongzhi.notice.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.gongzhi.notice.Notice;
import org.gongzhi.notice.NoticeCategory;
import org.gongzhi.notice.NoticePublishing;
import org.gongzhi.notice.NoticePermissions;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.QrSvg;

/**
 * The notice pages: the reader's notices, one notice (opening it is the household's read receipt; staff see how
 * many households read it and which stairwells none did), the form to publish, and the A4 sheets for the stairwell
 * board — one notice, or everything posted now for one stairwell.
 */
@Controller
@RequestMapping("/notices")
class NoticeBoardController {

    private static final int PAGE_SIZE = 20;

    private final NoticePublishing notices;
    private final org.gongzhi.notice.StairwellDigest digest;
    private final NoticePermissions permissions;
    private final FormProblems formProblems;
    private final Clock clock;

    NoticeBoardController(NoticePublishing notices, org.gongzhi.notice.StairwellDigest digest,
            NoticePermissions permissions, FormProblems formProblems, Clock clock) {
        this.notices = notices;
        this.digest = digest;
        this.permissions = permissions;
        this.formProblems = formProblems;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("result", notices.list(actor, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("canPublish", permissions.mayPublish(actor));
        model.addAttribute("canManage", permissions.mayManage(actor));
        model.addAttribute("now", OffsetDateTime.now(clock));
        model.addAttribute("thisMonth", digest.thisMonth());
        return "notice/notices";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        notices.read(actor, id);
        Notice notice = notices.visible(actor, id);
        model.addAttribute("notice", notice);
        model.addAttribute("attachments", notices.attachments(actor, id));
        model.addAttribute("canManage", permissions.mayManage(actor));
        model.addAttribute("readCount", permissions.mayManage(actor) ? notices.readCount(actor, id) : null);
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "notice/notice";
    }

    /** A file attached to a notice the reader may see: an image shown, a PDF downloaded. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return NoticeFiles.answer(notices.attachment(Permissions.actor(), id, attachmentId));
    }

    /** One notice on an A4 sheet in large type, with a QR code back to it online. */
    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Model model) {
        Notice notice = notices.visible(Permissions.actor(), id);
        model.addAttribute("notices", List.of(notice));
        model.addAttribute("qr", QrSvg.of(link("/notices/" + id)));
        model.addAttribute("stairwell", null);
        return "notice/print";
    }

    /** What is posted now for one stairwell, for its volunteer to put on the board. */
    @GetMapping("/board")
    String board(@RequestParam String stairwell, Model model) {
        model.addAttribute("notices", notices.board(Permissions.actor(), stairwell.strip()));
        model.addAttribute("qr", QrSvg.of(link("/notices")));
        model.addAttribute("stairwell", stairwell.strip());
        return "notice/print";
    }

    /** A stairwell's monthly digest (month as 2026-12, this month when left out): a large-type PDF to hand out. */
    @GetMapping("/digest")
    ResponseEntity<byte[]> digest(@RequestParam String stairwell, @RequestParam(required = false) String month) {
        java.time.YearMonth which;
        try {
            which = month == null || month.isBlank() ? digest.thisMonth() : java.time.YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "month is written as 2026-12");
        }
        byte[] pdf = digest.pdf(Permissions.actor(), stairwell.strip(), which);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.inline()
                        .filename("digest-" + which + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff").body(pdf);
    }

    @GetMapping("/new")
    String start(Model model) {
        return form(model, NoticeRequests.empty(), List.of());
    }

    @PostMapping("/new")
    String publish(@Valid @ModelAttribute("noticeForm") NoticeRequests.NewNoticeForm form, BindingResult fields,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayPublish(actor));
        try {
            formProblems.require(fields);
            long id = notices.publish(actor, form.input(), NoticeFiles.uploads(files, "attachments"));
            redirect.addFlashAttribute("flash", "notice.done.published");
            return "redirect:/notices/" + id;
        } catch (InvalidInput e) {
            return form(model, form, e.problems());
        }
    }

    private String form(Model model, NoticeRequests.NewNoticeForm form, List<InvalidInput.Problem> problems) {
        Actor actor = Permissions.actor();
        model.addAttribute("noticeForm", form);
        model.addAttribute("problems", problems);
        model.addAttribute("audiences", notices.audiences(actor));
        model.addAttribute("everywhere", notices.mayPublishEverywhere(actor));
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("kinds", org.gongzhi.notice.Audience.values());
        return "notice/new";
    }

    private static String link(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
