package org.gongzhi.pet.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.pet.BannedBreed;
import org.gongzhi.pet.ComplianceIssue;
import org.gongzhi.pet.GridCoverage;
import org.gongzhi.pet.PetHandling;
import org.gongzhi.pet.PetInput;
import org.gongzhi.pet.PetStatistics;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * The pet census for programs: a household's own pets, declaring and correcting one, the census of a building, the
 * vaccination-due list, coverage and visits, the convention and its signatures, the banned-breed list, cases that
 * name a pet, and the public statistics.
 */
@RestController
@RequestMapping("/api/v1/pets")
class PetApiController {

    private final PetHandling pets;
    private final PetStatistics statistics;

    PetApiController(PetHandling pets, PetStatistics statistics) {
        this.pets = pets;
        this.statistics = statistics;
    }

    /** The signed-in resident's household: its pets, what breaks the rules, what falls due, its cases. */
    @GetMapping("/mine")
    PetViews.PetHouseholdView mine() {
        return pets.household(Permissions.actor()).map(PetViews.PetHouseholdView::of)
                .orElseThrow(() -> new NotFound("household"));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<PetViews.PetView> declare(@Valid @RequestBody PetInput input) {
        long id = pets.declare(Permissions.actor(), input);
        return ResponseEntity.created(URI.create("/api/v1/pets/" + id)).body(get(id));
    }

    @GetMapping("/{id}")
    PetViews.PetView get(@PathVariable long id) {
        return PetViews.PetView.of(pets.visible(Permissions.actor(), id));
    }

    @PutMapping("/{id}")
    PetViews.PetView edit(@PathVariable long id, @Valid @RequestBody PetInput input) {
        pets.edit(Permissions.actor(), id, input);
        return get(id);
    }

    /** The pet's photo, JPEG or PNG, replacing an earlier one. */
    @PostMapping(path = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PetViews.PetView photograph(@PathVariable long id, @RequestParam(required = false) MultipartFile photo) {
        pets.photograph(Permissions.actor(), id, PhotoUploads.photo(photo, "photo"));
        return get(id);
    }

    @GetMapping(path = "/{id}/photo", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return photoOf(pets, id);
    }

    static ResponseEntity<byte[]> photoOf(PetHandling pets, long id) {
        return photoResponse(pets.photo(Permissions.actor(), id).orElseThrow(() -> new NotFound("photo")));
    }

    /** A pet's or a notice's photo, for its readers only and never kept by a shared cache. */
    static ResponseEntity<byte[]> photoResponse(PhotoUpload photo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(photo.bytes());
    }

    @PostMapping("/{id}/status")
    PetViews.PetView reportChange(@PathVariable long id, @Valid @RequestBody PetRequests.PetStatusRequest request) {
        pets.reportChange(Permissions.actor(), id, request.status(), request.on());
        return get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/cases")
    PetViews.PetCaseView fileCase(@PathVariable long id, @Valid @RequestBody PetRequests.PetCaseRequest request) {
        Actor actor = Permissions.actor();
        long caseId = pets.fileCase(actor, id, request.category(), request.description());
        return pets.householdOf(actor, pets.visible(actor, id)).cases().stream().filter(c -> c.caseId() == caseId)
                .findFirst().map(PetViews.PetCaseView::of).orElseThrow();
    }

    /** A building's stairwells with their pets by species and last visit, and its pets, a page at a time. */
    @GetMapping("/census")
    PetViews.PetCensusView census(@RequestParam int building, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        return new PetViews.PetCensusView(building, pets.building(actor, building), PetViews.PetPage.of(
                pets.inBuilding(actor, building, PageResult.clampPage(page), PageResult.clampSize(size))));
    }

    /** Dogs whose rabies vaccination has lapsed, lapses within thirty days, or was never given. */
    @GetMapping("/vaccination-due")
    PetViews.PetPage vaccinationDue(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PetViews.PetPage.of(pets.vaccinationDue(Permissions.actor(), PageResult.clampPage(page),
                PageResult.clampSize(size)));
    }

    /** Dogs breaking a rule of 上海市养犬管理条例 (or the one named), stairwell by stairwell. */
    @GetMapping("/compliance")
    PetViews.DogFindingsPage compliance(@RequestParam(required = false) ComplianceIssue issue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PetViews.DogFindingsPage.of(pets.breaking(Permissions.actor(), issue, PageResult.clampPage(page),
                PageResult.clampSize(size)));
    }

    @GetMapping("/coverage")
    List<GridCoverage> coverage() {
        return pets.coverage(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/visits")
    PetViews.PetVisitView visit(@Valid @RequestBody PetRequests.PetVisitRequest request) {
        return new PetViews.PetVisitView(request.stairwell().strip(),
                pets.visit(Permissions.actor(), request.stairwell()));
    }

    @GetMapping("/convention")
    PetViews.PetConventionView convention() {
        return pets.convention(Permissions.actor()).map(PetViews.PetConventionView::of)
                .orElseThrow(() -> new NotFound("convention"));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/convention")
    PetViews.PetConventionView publish(@Valid @RequestBody PetRequests.PetConventionRequest request) {
        pets.publish(Permissions.actor(), request.title(), request.body());
        return convention();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/convention/signatures")
    PetViews.PetSignatureView sign() {
        return PetViews.PetSignatureView.of(pets.sign(Permissions.actor()));
    }

    @GetMapping("/convention/signatures")
    PetViews.PetSignaturePage signatures(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        var result = pets.signatures(actor, PageResult.clampPage(page), PageResult.clampSize(size));
        long[] owners = pets.signedByOwners(actor);
        return new PetViews.PetSignaturePage(result.items().stream().map(PetViews.PetSignatureView::of).toList(),
                result.page(), result.size(), result.total(), owners[0], owners[1]);
    }

    @GetMapping("/banned-breeds")
    List<BannedBreed> banned() {
        return pets.banned(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/banned-breeds")
    List<BannedBreed> ban(@Valid @RequestBody PetRequests.BannedBreedRequest request) {
        pets.ban(Permissions.actor(), request.breed(), request.effectiveFrom());
        return banned();
    }

    /** Public figures only: anyone may read them, signed in (their community) or not (the community's code). */
    @GetMapping("/stats")
    PetViews.PetStatsView stats(@RequestParam(required = false) String community) {
        return PetViews.PetStatsView.of(Actor.current().filter(a -> a.communityId() != null && community == null)
                .map(a -> statistics.of(a.communityId()))
                .orElseGet(() -> statistics.of(community == null ? "" : community)));
    }
}
