package org.gongzhi.volunteer.web;

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

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.volunteer.CareHandling;

/** Care visits: the list a team keeps (as much of it as the caller may see), pairing, and visits. */
@RestController
@RequestMapping("/api/v1")
class CareApiController {

    private final CareHandling care;

    CareApiController(CareHandling care) {
        this.care = care;
    }

    /** The team's list for its leader and staff; for a member, the people paired with them; overdue flagged. */
    @GetMapping("/volunteer-teams/{id}/care-recipients")
    List<VolunteerViews.CareRecipientView> recipients(@PathVariable long id) {
        return care.recipients(Permissions.actor(), id).stream()
                .map(c -> VolunteerViews.CareRecipientView.of(c, care.today())).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/volunteer-teams/{id}/care-recipients")
    ResponseEntity<VolunteerViews.CareDetail> add(@PathVariable long id,
            @Valid @RequestBody VolunteerRequests.CareRecipientRequest request) {
        long recipient = care.add(Permissions.actor(), id, request.residentId(), request.reason(),
                request.everyDays(), request.note() == null || request.note().isBlank() ? null : request.note().strip());
        return ResponseEntity.created(URI.create("/api/v1/care-recipients/" + recipient)).body(recipient(recipient));
    }

    @GetMapping("/care-recipients/{id}")
    VolunteerViews.CareDetail recipient(@PathVariable long id) {
        Actor actor = Permissions.actor();
        return new VolunteerViews.CareDetail(VolunteerViews.CareRecipientView.of(care.recipient(actor, id),
                care.today()), care.visits(actor, id));
    }

    @PostMapping("/care-recipients/{id}/volunteers")
    VolunteerViews.CareDetail pair(@PathVariable long id, @Valid @RequestBody VolunteerRequests.PairRequest request) {
        care.pair(Permissions.actor(), id, request.volunteerResidentId());
        return recipient(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/care-recipients/{id}/visits")
    VolunteerViews.CareDetail visit(@PathVariable long id, @Valid @RequestBody VolunteerRequests.VisitRequest request) {
        care.visit(Permissions.actor(), id, request.visitedOn(), request.wellbeing(), request.cleanNote(),
                request.cleanNeed(), request.report());
        return recipient(id);
    }
}
