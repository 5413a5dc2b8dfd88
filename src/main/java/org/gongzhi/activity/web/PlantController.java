package org.gongzhi.activity.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.activity.ActivityPermissions;
import org.gongzhi.activity.Plant;
import org.gongzhi.activity.PlantHandling;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * The 我的植物邻居 pages: the gardens and their plants (staff set them out here), a plant's public page with its
 * growth updates, where a guardian adopts it for a child and the family posts updates, and a child's own page.
 */
@Controller
@RequestMapping("/plants")
class PlantController {

    private final PlantHandling plants;
    private final ActivityPermissions permissions;
    private final PostRedirectGet prg;

    PlantController(PlantHandling plants, ActivityPermissions permissions, PostRedirectGet prg) {
        this.plants = plants;
        this.permissions = permissions;
        this.prg = prg;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = Permissions.actor();
        List<Plant> all = plants.plants(actor);
        model.addAttribute("gardens", plants.gardens(actor));
        model.addAttribute("plants", all);
        model.addAttribute("adopters", all.stream().filter(Plant::adopted).collect(java.util.stream.Collectors
                .toMap(Plant::id, p -> Masking.name(p.childName()))));
        model.addAttribute("canManage", permissions.mayManage(actor));
        model.addAttribute("projects", permissions.mayManage(actor) ? plants.gardenProjects(actor) : List.of());
        model.addAttribute("children", plants.children(actor));
        return "activity/plants";
    }

    /** The plant's public page: anyone sees it with the child's name masked; the family tends it from here. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Plant plant = plants.anyone(id);
        Optional<Actor> actor = Actor.current().filter(a -> a.communityId() != null
                && a.communityId() == plant.communityId());
        boolean tends = actor.map(a -> plants.mayTend(a, plant)).orElse(false);
        model.addAttribute("plant", plant);
        model.addAttribute("adopter", plant.adopted() ? Masking.name(plant.childName()) : null);
        model.addAttribute("project", plants.projectOf(plant).orElse(null));
        model.addAttribute("updates", plants.updates(id));
        model.addAttribute("tends", tends);
        model.addAttribute("children", plant.adopted() ? List.of() : actor.map(plants::children).orElse(List.of()));
        model.addAttribute("signedIn", actor.isPresent());
        return "activity/plant";
    }

    @GetMapping("/{id}/updates/{update}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long update) {
        PhotoUpload photo = plants.photo(id, update).orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache()).body(photo.bytes());
    }

    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable long id, @RequestParam(required = false) Long childId, RedirectAttributes redirect) {
        return prg.attempt("/plants/" + id, redirect, "activity.done.adopted",
                () -> plants.adopt(Permissions.actor(), id, childId));
    }

    @PostMapping("/{id}/release")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/plants/" + id, redirect, "activity.done.released",
                () -> plants.release(Permissions.actor(), id));
    }

    @PostMapping("/{id}/updates")
    String postUpdate(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) {
        return prg.attempt("/plants/" + id + "#updates", "/plants/" + id, redirect, "activity.done.updatePosted",
                () -> plants.postUpdate(Permissions.actor(), id, note, PhotoUploads.photo(photo, "photo")));
    }

    @GetMapping("/children/{residentId}")
    String child(@PathVariable long residentId, Model model) {
        model.addAttribute("mine", plants.child(Permissions.actor(), residentId));
        return "activity/child-plants";
    }

    @PostMapping("/gardens")
    String addGarden(@RequestParam(required = false) String name, @RequestParam(required = false) String place,
            @RequestParam(required = false) Long renewalProjectId, RedirectAttributes redirect) {
        return prg.attempt("/plants", redirect, "activity.done.gardenAdded",
                () -> plants.addGarden(Permissions.actor(), required(name, "gardenName", 100),
                        required(place, "place", 200), renewalProjectId));
    }

    @PostMapping("/gardens/{garden}/plants")
    String addPlant(@PathVariable long garden, @RequestParam(required = false) String name,
            @RequestParam(required = false) String species, RedirectAttributes redirect) {
        return prg.attempt("/plants#garden-" + garden, redirect, "activity.done.plantAdded",
                () -> plants.addPlant(Permissions.actor(), garden, required(name, "plantName", 100),
                        required(species, "species", 100)));
    }

    static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw org.gongzhi.shared.domain.InvalidInput.of(field, "validation.required");
        }
        if (text.strip().length() > max) {
            throw org.gongzhi.shared.domain.InvalidInput.of(field, "activity.invalid.tooLong", max);
        }
        return text.strip();
    }
}
