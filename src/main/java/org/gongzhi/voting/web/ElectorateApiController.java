package org.gongzhi.voting.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.ElectorateAudit;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectoratePage;
import org.gongzhi.voting.tally.Recount;

/**
 * A vote's electorate and recount for programs: the electorate paged (its runners see all, a voter their own
 * entry), a recount beside the stored tally, and the bundle to recount with one's own tools.
 */
@RestController
@RequestMapping("/api/v1/votes/{id}")
class ElectorateApiController {

    private final ElectorateAudit audit;

    ElectorateApiController(ElectorateAudit audit) {
        this.audit = audit;
    }

    /** A page (from 0, 50 entries) of the frozen electorate, optionally of one building number. */
    @GetMapping("/electorate")
    ElectoratePage electorate(@PathVariable long id, @RequestParam(required = false) Integer building,
            @RequestParam(defaultValue = "0") int page) {
        return audit.page(Permissions.actor(), id, building, page);
    }

    @PostMapping("/recount")
    Recount recount(@PathVariable long id) {
        return audit.recount(Permissions.actor(), id);
    }

    /** The recount bundle (docs/recount-bundle.md) of a closed vote, for those who run it; audited. */
    @GetMapping("/recount-bundle.zip")
    ResponseEntity<byte[]> bundle(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("vote-" + id + "-recount.zip").build().toString())
                .body(audit.bundle(Permissions.actor(), id));
    }
}
