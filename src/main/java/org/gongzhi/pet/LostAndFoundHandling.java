package org.gongzhi.pet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
import org.gongzhi.shared.web.PageResult;

/**
 * The lost-and-found board: everyone in the community reads it and posts a pet found; a household posts its lost pet
 * (naming its census record reports the loss on the pet); the household that lost it, or staff, mark it reunited,
 * with the found notice it matched, which closes both and brings the pet home in the census.
 */
@Service
public class LostAndFoundHandling {

    private static final String SUBJECT = "PET_NOTICE";

    private final LostAndFound board;
    private final Pets pets;
    private final PetHandling handling;
    private final PetPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final PhotoStore photos;

    LostAndFoundHandling(LostAndFound board, Pets pets, PetHandling handling, PetPermissions permissions,
            AuditTrail audit, Clock clock, PhotoStore photos) {
        this.photos = photos;
        this.board = board;
        this.pets = pets;
        this.handling = handling;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<PetNotice> open(Actor actor, NoticeKind kind, int page, int size) {
        Permissions.require(permissions.mayRead(actor));
        return board.open(actor.communityId(), kind, page, size);
    }

    public PetNotice visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return board.get(actor.communityId(), id).orElseThrow(() -> new NotFound("notice " + id));
    }

    /** Puts a photo on a notice; only its household or staff may. */
    @Transactional
    public void photograph(Actor actor, long id, PhotoUpload photo) {
        PetNotice notice = visible(actor, id);
        Permissions.require(mayClose(actor, notice));
        if (photo == null) {
            throw InvalidInput.of("photo", "validation.required");
        }
        board.photograph(notice.id(), photos.save("petnotices", photo.bytes(), photo.extension()),
                photo.contentType());
        audit.record(actor.communityId(), "PET_NOTICE_PHOTO", SUBJECT, notice.id(), photo.contentType());
    }

    /** The photo of a notice the actor may read. */
    public Optional<PhotoUpload> photo(Actor actor, long id) {
        PetNotice notice = visible(actor, id);
        return board.photo(notice.id()).flatMap(p -> photos.read(p[0]).map(bytes -> new PhotoUpload(bytes, p[1])));
    }

    /** May the actor mark the notice reunited: staff, or the household that posted it. */
    public boolean mayClose(Actor actor, PetNotice notice) {
        return closableBy(actor, java.util.List.of(notice)).contains(notice.id());
    }

    /** Which of the notices the actor may mark reunited (the actor's home read once). */
    public java.util.List<Long> closableBy(Actor actor, java.util.List<PetNotice> notices) {
        boolean staff = permissions.isStaff(actor);
        Long household = handling.home(actor).map(Home::householdId).orElse(null);
        return notices.stream().filter(n -> staff || n.householdId() != null && n.householdId().equals(household))
                .map(PetNotice::id).toList();
    }

    @Transactional
    public long post(Actor actor, NoticeInput input) {
        return post(actor, input, null);
    }

    /** Posts a notice with the photo that shows the pet, if one was sent. */
    @Transactional
    public long post(Actor actor, NoticeInput input, PhotoUpload photo) {
        Permissions.require(permissions.mayRead(actor));
        if (input.seenOn().isAfter(today())) {
            throw InvalidInput.of("seenOn", "pet.invalid.future");
        }
        Optional<Home> home = handling.home(actor);
        Pet pet = input.petId() == null ? null : ownPet(actor, input, home);
        long id = board.post(actor.communityId(), input, home.orElse(null), actor.displayName(), now());
        if (photo != null) {
            board.photograph(id, photos.save("petnotices", photo.bytes(), photo.extension()), photo.contentType());
        }
        if (pet != null && pet.living()) {
            pets.changeStatus(pet.id(), PetStatus.LOST, input.seenOn(), today(), now());
        }
        audit.record(actor.communityId(), "PET_NOTICE_" + input.kind(), SUBJECT, id, input.species() + " "
                + input.place().strip());
        return id;
    }

    private Pet ownPet(Actor actor, NoticeInput input, Optional<Home> home) {
        if (input.kind() != NoticeKind.LOST) {
            throw InvalidInput.of("petId", "pet.invalid.foundWithPet");
        }
        Pet pet = pets.get(actor.communityId(), input.petId())
                .filter(p -> home.map(h -> h.householdId() == p.householdId()).orElse(false))
                .orElseThrow(() -> InvalidInput.of("petId", "pet.invalid.notYourPet"));
        if (pet.species() != input.species()) {
            throw InvalidInput.of("species", "pet.invalid.speciesOfPet");
        }
        return pet;
    }

    /** Marks the notice reunited, with the notice of the other kind it matched if any; closes both. */
    @Transactional
    public void reunite(Actor actor, long id, Long with) {
        PetNotice notice = visible(actor, id);
        Permissions.require(mayClose(actor, notice));
        if (notice.reunited()) {
            throw new Refused("pet.refused.reunited", "already reunited", notice.place());
        }
        if (with != null) {
            PetNotice other = board.get(actor.communityId(), with).filter(o -> o.kind() != notice.kind())
                    .filter(o -> !o.reunited()).orElseThrow(() -> InvalidInput.of("with", "pet.invalid.match"));
            audit.record(actor.communityId(), "PET_NOTICE_REUNITED", SUBJECT, other.id(), "with " + id);
        }
        if (!board.reunite(id, with, actor.displayName(), now())) {
            throw new Refused("pet.refused.reunited", "already reunited", notice.place());
        }
        if (notice.petId() != null) {
            pets.get(actor.communityId(), notice.petId()).filter(p -> p.status() == PetStatus.LOST)
                    .ifPresent(p -> pets.changeStatus(p.id(), PetStatus.LIVING, null, null, now()));
        }
        audit.record(actor.communityId(), "PET_NOTICE_REUNITED", SUBJECT, id, with == null ? "" : "with " + with);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
