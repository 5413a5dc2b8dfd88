package org.gongzhi.activity.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.activity.Plant;
import org.gongzhi.activity.PlantHandling;
import org.gongzhi.activity.PlantUpdate;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Permissions;

/** 我的植物邻居 for programs: gardens and plants, adoption, growth updates; a plant is public with the child masked. */
@RestController
@RequestMapping("/api/v1")
class PlantApiController {

    private final PlantHandling plants;

    PlantApiController(PlantHandling plants) {
        this.plants = plants;
    }

    record PlantView(long id, long gardenId, String garden, String place, Long renewalProjectId, String name,
            String species, String adoptedBy, OffsetDateTime adoptedAt) {

        static PlantView of(Plant p) {
            return new PlantView(p.id(), p.gardenId(), p.gardenName(), p.gardenPlace(), p.renewalProjectId(),
                    p.name(), p.species(), p.adopted() ? Masking.name(p.childName()) : null, p.adoptedAt());
        }
    }

    record PlantUpdateView(long id, long plantId, String note, String photoUrl, OffsetDateTime postedAt) {

        static PlantUpdateView of(PlantUpdate u) {
            return new PlantUpdateView(u.id(), u.plantId(), u.note(),
                    u.hasPhoto() ? "/plants/" + u.plantId() + "/updates/" + u.id() + "/photo" : null, u.postedAt());
        }
    }

    record GardenRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String place,
            Long renewalProjectId) {
    }

    record PlantRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String species) {
    }

    record AdoptionRequest(@NotNull Long childId) {
    }

    record CreatedId(long id) {
    }

    @GetMapping("/plants")
    List<PlantView> list() {
        return plants.plants(Permissions.actor()).stream().map(PlantView::of).toList();
    }

    /** Public, like the plant's page. */
    @GetMapping("/plants/{id}")
    PlantView get(@PathVariable long id) {
        return PlantView.of(plants.anyone(id));
    }

    /** Public, like the plant's page. */
    @GetMapping("/plants/{id}/updates")
    List<PlantUpdateView> updates(@PathVariable long id) {
        return plants.updates(id).stream().map(PlantUpdateView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/gardens")
    CreatedId addGarden(@Valid @RequestBody GardenRequest request) {
        return new CreatedId(plants.addGarden(Permissions.actor(), request.name().strip(), request.place().strip(),
                request.renewalProjectId()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/gardens/{id}/plants")
    PlantView addPlant(@PathVariable long id, @Valid @RequestBody PlantRequest request) {
        return get(plants.addPlant(Permissions.actor(), id, request.name().strip(), request.species().strip()));
    }

    /** A guardian adopts the plant for a child of the household. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/plants/{id}/adoptions")
    PlantView adopt(@PathVariable long id, @Valid @RequestBody AdoptionRequest request) {
        plants.adopt(Permissions.actor(), id, request.childId());
        return get(id);
    }

    /** The adopting family posts a note and, if they like, a photo (re-encoded, its metadata dropped). */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/plants/{id}/updates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PlantUpdateView postUpdate(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile photo) {
        long update = plants.postUpdate(Permissions.actor(), id, note, PhotoUploads.photo(photo, "photo"));
        return updates(id).stream().filter(u -> u.id() == update).findFirst().orElseThrow();
    }
}
