package org.gongzhi.pet.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.pet.LostAndFoundHandling;
import org.gongzhi.pet.NoticeInput;
import org.gongzhi.pet.NoticeKind;
import org.gongzhi.pet.PetNotice;
import org.gongzhi.pet.Species;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** The lost-and-found board for programs: open notices, post one, mark one reunited. */
@RestController
@RequestMapping("/api/v1/pets/notices")
class LostAndFoundApiController {

    private final LostAndFoundHandling board;

    LostAndFoundApiController(LostAndFoundHandling board) {
        this.board = board;
    }

    /** A notice as the board shows it: no name, the poster's stairwell only. */
    record PetNoticeView(long id, NoticeKind kind, Species species, Long petId, String description, String place,
            LocalDate seenOn, String stairwell, boolean reunited, Long reunitedWith, OffsetDateTime postedAt,
            boolean hasPhoto) {
        static PetNoticeView of(PetNotice n) {
            return new PetNoticeView(n.id(), n.kind(), n.species(), n.petId(), n.description(), n.place(),
                    n.seenOn(), n.stairwellCode(), n.reunited(), n.reunitedWith(), n.createdAt(), n.hasPhoto());
        }
    }

    record PetNoticePage(List<PetNoticeView> items, int page, int size, long total) {
    }

    /** The other notice a reunited one matched. */
    record ReunionRequest(Long with) {
    }

    @GetMapping
    PetNoticePage open(@RequestParam(required = false) NoticeKind kind, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResult<PetNotice> result = board.open(Permissions.actor(), kind, PageResult.clampPage(page),
                PageResult.clampSize(size));
        return new PetNoticePage(result.items().stream().map(PetNoticeView::of).toList(), result.page(),
                result.size(), result.total());
    }

    @GetMapping("/{id}")
    PetNoticeView get(@PathVariable long id) {
        return PetNoticeView.of(board.visible(Permissions.actor(), id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    PetNoticeView post(@Valid @RequestBody NoticeInput input) {
        return get(board.post(Permissions.actor(), input));
    }

    /** Puts a photo on a notice: the household that posted it, or staff. */
    @PostMapping(value = "/{id}/photo", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    PetNoticeView photograph(@PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile photo) {
        board.photograph(Permissions.actor(), id, org.gongzhi.shared.files.PhotoUploads.photo(photo, "photo"));
        return get(id);
    }

    @GetMapping("/{id}/photo")
    org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable long id) {
        return photoOf(board, id);
    }

    static org.springframework.http.ResponseEntity<byte[]> photoOf(LostAndFoundHandling board, long id) {
        return PetApiController.photoResponse(board.photo(Permissions.actor(), id)
                .orElseThrow(() -> new org.gongzhi.shared.domain.NotFound("photo")));
    }

    @PostMapping("/{id}/reunited")
    PetNoticeView reunite(@PathVariable long id, @RequestBody(required = false) ReunionRequest request) {
        board.reunite(Permissions.actor(), id, request == null ? null : request.with());
        return get(id);
    }
}
