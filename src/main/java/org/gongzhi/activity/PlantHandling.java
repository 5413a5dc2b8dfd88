package org.gongzhi.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * 我的植物邻居: staff set out gardens (linked to the garden renewal project that made them, where there is one) and
 * their plants; a guardian adopts a plant for a child of the household, one child per plant at a time; the family
 * posts growth updates with photos. A plant's page is public and names the child masked.
 */
@Service
public class PlantHandling {

    public static final int MAX_NOTE = 1000;
    private static final String SUBJECT = "ACTIVITY_PLANT";

    private final Plants plants;
    private final Events events;
    private final ActivityPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final PhotoStore photos;
    private final GardenProjects projects;

    PlantHandling(Plants plants, Events events, ActivityPermissions permissions, AuditTrail audit, Clock clock,
            PhotoStore photos, ObjectProvider<GardenProjects> projects) {
        this.plants = plants;
        this.events = events;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.photos = photos;
        this.projects = projects.getIfAvailable(() -> new GardenProjects() {
            @Override
            public List<GardenProject> gardens(long communityId) {
                return List.of();
            }

            @Override
            public Optional<GardenProject> garden(long communityId, long projectId) {
                return Optional.empty();
            }
        });
    }

    public List<Garden> gardens(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return plants.gardens(actor.communityId());
    }

    public List<Plant> plants(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return plants.plants(actor.communityId());
    }

    /** The garden renewal projects staff may link a new garden to. */
    public List<GardenProjects.GardenProject> gardenProjects(Actor actor) {
        Permissions.require(permissions.mayManage(actor));
        return projects.gardens(actor.communityId());
    }

    /** The renewal project a garden belongs to, as its public board names it. */
    public Optional<GardenProjects.GardenProject> projectOf(Plant plant) {
        return plant.renewalProjectId() == null ? Optional.empty()
                : projects.garden(plant.communityId(), plant.renewalProjectId());
    }

    @Transactional
    public long addGarden(Actor actor, String name, String place, Long renewalProjectId) {
        Permissions.require(permissions.mayManage(actor));
        if (renewalProjectId != null && projects.garden(actor.communityId(), renewalProjectId).isEmpty()) {
            throw InvalidInput.of("renewalProjectId", "activity.invalid.gardenProject");
        }
        if (plants.gardens(actor.communityId()).stream().anyMatch(g -> g.name().equals(name))) {
            throw InvalidInput.of("name", "activity.invalid.gardenTaken", name);
        }
        long id = plants.addGarden(actor.communityId(), name, place, renewalProjectId, actor.displayName(), now());
        audit.record(actor.communityId(), "GARDEN_ADDED", "ACTIVITY_GARDEN", id, name);
        return id;
    }

    @Transactional
    public long addPlant(Actor actor, long gardenId, String name, String species) {
        Permissions.require(permissions.mayManage(actor));
        Garden garden = plants.garden(actor.communityId(), gardenId)
                .orElseThrow(() -> new NotFound("garden " + gardenId));
        long id = plants.addPlant(actor.communityId(), garden.id(), name, species, actor.displayName(), now());
        audit.record(actor.communityId(), "PLANT_ADDED", SUBJECT, id, name);
        return id;
    }

    /** Anyone, signed in or not, sees a plant: its page is public and names the child masked. */
    public Plant anyone(long id) {
        return plants.find(id).orElseThrow(() -> new NotFound("plant " + id));
    }

    /** Whether the actor's household holds the plant (their child adopted it), or the actor is staff. */
    public boolean mayTend(Actor actor, Plant plant) {
        if (actor == null || actor.communityId() == null || actor.communityId() != plant.communityId()) {
            return false;
        }
        return plant.adopted() && (permissions.mayManage(actor) || me(actor).filter(me -> !me.childOn(today()))
                .map(me -> plant.childHouseholdId() == me.householdId()).orElse(false));
    }

    /** The children of the actor's household who may adopt: everyone under 18 living there. */
    public List<Participant> children(Actor actor) {
        return me(actor).filter(me -> !me.childOn(today()))
                .map(me -> events.household(actor.communityId(), me.householdId()).stream()
                        .filter(p -> p.childOn(today())).toList()).orElse(List.of());
    }

    /** A guardian adopts the plant for a child of the household; the plant must be free. Answers the adoption. */
    @Transactional
    public long adopt(Actor actor, long plantId, Long childId) {
        Permissions.require(permissions.mayRead(actor));
        if (childId == null) {
            throw InvalidInput.of("childId", "validation.required");
        }
        Plant plant = plants.lock(actor.communityId(), plantId);
        Participant guardian = me(actor).filter(me -> !me.childOn(today())).orElse(null);
        Participant child = events.participant(actor.communityId(), childId).orElse(null);
        if (guardian == null || child == null || child.householdId() != guardian.householdId()) {
            throw InvalidInput.of("childId", "activity.invalid.notGuardian");
        }
        if (!child.childOn(today())) {
            throw InvalidInput.of("childId", "activity.invalid.plantForChildren", child.name());
        }
        if (plant.adopted()) {
            throw new Refused("activity.refused.plantTaken", "the plant has been adopted", plant.name());
        }
        long id = plants.adopt(plant, child.residentId(), guardian.residentId(), actor.displayName(), now())
                .orElseThrow(() -> new Refused("activity.refused.plantTaken", "adopted meanwhile", plant.name()));
        audit.record(actor.communityId(), "PLANT_ADOPTED", SUBJECT, plant.id(), "adoption #" + id);
        return id;
    }

    /** The family or staff end the adoption; the plant is free for another child. */
    @Transactional
    public void release(Actor actor, long plantId) {
        Permissions.require(permissions.mayRead(actor));
        Plant plant = plants.lock(actor.communityId(), plantId);
        if (!mayTend(actor, plant)) {
            throw new Refused("activity.refused.notYourPlant", "only the family that adopted it", plant.name());
        }
        plants.endAdoption(plant.adoptionId(), actor.displayName(), now());
        audit.record(actor.communityId(), "PLANT_RELEASED", SUBJECT, plant.id(), "adoption #" + plant.adoptionId());
    }

    /** The adopting family posts how the plant grows, with a photo if they took one; answers the update's id. */
    @Transactional
    public long postUpdate(Actor actor, long plantId, String note, PhotoUpload photo) {
        Permissions.require(permissions.mayRead(actor));
        Plant plant = plants.get(actor.communityId(), plantId);
        if (!mayTend(actor, plant)) {
            throw new Refused("activity.refused.notYourPlant", "only the family that adopted it", plant.name());
        }
        if (note == null || note.isBlank()) {
            throw InvalidInput.of("note", "validation.required");
        }
        if (note.strip().length() > MAX_NOTE) {
            throw InvalidInput.of("note", "activity.invalid.noteLength", MAX_NOTE);
        }
        String key = photo == null ? null : photos.save("plants", photo.bytes(), photo.extension());
        long id = plants.addUpdate(plant, note.strip(), key, photo == null ? null : photo.contentType(),
                actor.displayName(), now());
        audit.record(actor.communityId(), "PLANT_UPDATE", SUBJECT, plant.id(), "update #" + id);
        return id;
    }

    public List<PlantUpdate> updates(long plantId) {
        return plants.updates(anyone(plantId).id());
    }

    /** The photo of an update, public as the plant's page is. */
    public Optional<PhotoUpload> photo(long plantId, long updateId) {
        return plants.photo(plantId, updateId).flatMap(p -> photos.read(p[0]).map(b -> new PhotoUpload(b, p[1])));
    }

    /** A child's page: the plants the child holds and the family's updates; for the household and staff only. */
    public ChildsPlants child(Actor actor, long childId) {
        Permissions.require(permissions.mayRead(actor));
        Participant child = events.participant(actor.communityId(), childId)
                .filter(c -> permissions.mayManage(actor) || me(actor).map(me -> me.householdId() == c.householdId())
                        .orElse(false)).orElseThrow(() -> new NotFound("resident " + childId));
        return new ChildsPlants(child, plants.adoptedBy(actor.communityId(), child.residentId()),
                plants.updatesOfChild(actor.communityId(), child.residentId()));
    }

    /** What a child's page shows. */
    public record ChildsPlants(Participant child, List<Plant> plants, List<PlantUpdate> updates) {
    }

    private Optional<Participant> me(Actor actor) {
        return actor.residentId() == null ? Optional.empty()
                : events.participant(actor.communityId(), actor.residentId());
    }

    private LocalDate today() {
        return now().atZoneSameInstant(CommunityEvent.ZONE).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
