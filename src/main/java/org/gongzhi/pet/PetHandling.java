package org.gongzhi.pet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * The census and the dog rules as people use them. A resident declares and edits their own household's pets and
 * signs the convention for it; a pet volunteer records pets door to door in their grids, and marks a stairwell
 * visited (with "no pets here" when none were found); staff see every building, the vaccination-due list, publish
 * the convention and keep the banned-breed list. A pet the actor may not see is not found.
 */
@Service
public class PetHandling {

    public static final Set<CaseCategory> PROBLEMS = EnumSet.of(CaseCategory.PET_BARKING, CaseCategory.PET_FOULING,
            CaseCategory.PET_OFF_LEASH, CaseCategory.PET_BITE, CaseCategory.STRAY_FEEDING);
    private static final String SUBJECT = "PET";

    private final Pets pets;
    private final PetRules rules;
    private final PetPermissions permissions;
    private final ResidentReports reports;
    private final CasePlaces places;
    private final AuditTrail audit;
    private final PhotoStore photos;
    private final Clock clock;

    PetHandling(Pets pets, PetRules rules, PetPermissions permissions, ResidentReports reports, CasePlaces places,
            AuditTrail audit, PhotoStore photos, Clock clock) {
        this.photos = photos;
        this.pets = pets;
        this.rules = rules;
        this.permissions = permissions;
        this.reports = reports;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Home> home(Actor actor) {
        return actor.residentId() == null || actor.communityId() == null ? Optional.empty()
                : pets.homeOf(actor.communityId(), actor.residentId());
    }

    /** The actor's own household's pet page; empty for an account with no home in the register. */
    public Optional<HouseholdPets> household(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return home(actor).map(home -> householdPage(actor.communityId(), home));
    }

    /** A household's pet page as staff or its grid's pet volunteer see it. */
    public HouseholdPets householdOf(Actor actor, Pet pet) {
        return householdPage(actor.communityId(), new Home(pet.householdId(), pet.stairwellId(), pet.stairwellCode(),
                pet.gridId()));
    }

    private HouseholdPets householdPage(long community, Home home) {
        List<Pet> mine = pets.ofHousehold(community, home.householdId());
        LocalDate today = today();
        Optional<Convention> convention = rules.current(community);
        return new HouseholdPets(home, mine, PetCompliance.findings(mine, rules.banned(community), today),
                PetCompliance.reminders(mine, today), rules.casesOf(mine.stream().map(Pet::id).toList()),
                convention.orElse(null),
                convention.flatMap(c -> rules.signatureOf(c.id(), home.householdId())).orElse(null));
    }

    /** The pet, if the actor may see it: their household's, their grid's as a pet volunteer, or any for staff. */
    public Pet visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return pets.get(actor.communityId(), id).filter(p -> maySee(actor, p))
                .orElseThrow(() -> new NotFound("pet " + id));
    }

    private boolean maySee(Actor actor, Pet pet) {
        return permissions.mayRecordIn(actor, pet.gridId())
                || home(actor).map(h -> h.householdId() == pet.householdId()).orElse(false);
    }

    /** Declares a pet for the actor's household, or, for staff and pet volunteers, the household at stairwell and room. */
    @Transactional
    public long declare(Actor actor, PetInput typed) {
        Permissions.require(permissions.mayRead(actor));
        typed.check(today());
        PetInput input = typed.withBirthOn(today());
        Home home = recordingHome(actor, input);
        boolean byVolunteer = !home(actor).map(h -> h.householdId() == home.householdId()).orElse(false);
        if (pets.recorded(actor.communityId(), home.householdId(), input.species(), input.nameKey(), null)) {
            throw InvalidInput.of("name", "pet.invalid.duplicate", input.name().strip());
        }
        long id;
        try {
            id = pets.add(actor.communityId(), home.householdId(), input, actor.displayName(), byVolunteer, now());
        } catch (DuplicateKeyException raced) {
            throw InvalidInput.of("name", "pet.invalid.duplicate", input.name().strip());
        }
        audit.record(actor.communityId(), "PET_DECLARED", SUBJECT, id, input.species() + " " + home.stairwellCode()
                + (byVolunteer ? " (recorded by " + actor.displayName() + ")" : ""));
        return id;
    }

    private Home recordingHome(Actor actor, PetInput input) {
        boolean named = input.stairwell() != null && !input.stairwell().isBlank();
        if (!named) {
            return home(actor).orElseThrow(() -> InvalidInput.of("stairwell", "validation.required"));
        }
        Home home = pets.homeAt(actor.communityId(), input.stairwell().strip(),
                        input.room() == null ? "" : input.room().strip())
                .orElseThrow(() -> InvalidInput.of("room", "pet.invalid.noHousehold", input.stairwell().strip(),
                        input.room() == null ? "" : input.room().strip()));
        boolean own = home(actor).map(h -> h.householdId() == home.householdId()).orElse(false);
        if (!own && !permissions.mayRecordIn(actor, home.gridId())) {
            throw InvalidInput.of("stairwell", "pet.invalid.notYourGrid");
        }
        return home;
    }

    /** Corrects a pet's record, as it was read ({@code version}). */
    @Transactional
    public void edit(Actor actor, long id, PetInput typed) {
        Pet pet = visible(actor, id);
        typed.check(today());
        PetInput input = typed.withBirthOn(today());
        if (pets.recorded(actor.communityId(), pet.householdId(), input.species(), input.nameKey(), pet.id())) {
            throw InvalidInput.of("name", "pet.invalid.duplicate", input.name().strip());
        }
        int version = input.version() == null ? pet.version() : input.version();
        if (!pets.update(pet, input, version, now())) {
            throw new Refused("pet.refused.stale", "changed by someone else since it was read", pet.name());
        }
        audit.record(actor.communityId(), "PET_EDITED", SUBJECT, id, pet.species() + " " + pet.name());
    }

    /** Keeps the pet's photo (replacing an earlier one), for whoever may correct the pet's record. */
    @Transactional
    public void photograph(Actor actor, long id, PhotoUpload photo) {
        Pet pet = visible(actor, id);
        if (photo == null) {
            throw InvalidInput.of("photo", "validation.required");
        }
        pets.photograph(pet.id(), photos.save("pets", photo.bytes(), photo.extension()), photo.contentType(), now());
        audit.record(actor.communityId(), "PET_PHOTOGRAPHED", SUBJECT, id, pet.name());
    }

    /** The pet's photo and its content type, for those who may see the pet. */
    public Optional<PhotoUpload> photo(Actor actor, long id) {
        Pet pet = visible(actor, id);
        return pets.photo(pet.id()).flatMap(p -> photos.read(p[0]).map(bytes -> new PhotoUpload(bytes, p[1])));
    }

    /** Reports that the pet moved away, died, was lost or rehomed on a day; reported today. */
    @Transactional
    public void reportChange(Actor actor, long id, PetStatus status, LocalDate on) {
        Pet pet = visible(actor, id);
        if (status == null || status == PetStatus.LIVING) {
            throw InvalidInput.of("status", "validation.required");
        }
        if (on == null) {
            throw InvalidInput.of("on", "validation.required");
        }
        if (on.isAfter(today())) {
            throw InvalidInput.of("on", "pet.invalid.future");
        }
        if (!pet.living()) {
            throw new Refused("pet.refused.notLiving", "already reported", pet.name());
        }
        pets.changeStatus(id, status, on, today(), now());
        audit.record(actor.communityId(), "PET_" + status, SUBJECT, id, on.toString());
    }

    public List<Integer> buildings(Actor actor) {
        Permissions.require(permissions.mayTakeCensus(actor));
        return pets.buildings(actor.communityId(), grids(actor));
    }

    public List<StairwellCensus> building(Actor actor, int building) {
        Permissions.require(permissions.mayTakeCensus(actor));
        return pets.building(actor.communityId(), building, grids(actor));
    }

    public PageResult<Pet> inBuilding(Actor actor, int building, int page, int size) {
        Permissions.require(permissions.mayTakeCensus(actor));
        return pets.inBuilding(actor.communityId(), building, grids(actor), page, size);
    }

    /** The census of one building, or of every building the actor's grids reach when none is named. */
    public PageResult<Pet> living(Actor actor, Integer building, int page, int size) {
        Permissions.require(permissions.mayTakeCensus(actor));
        return pets.living(actor.communityId(), building, grids(actor), page, size);
    }

    public PageResult<Pet> vaccinationDue(Actor actor, int page, int size) {
        Permissions.require(permissions.mayTakeCensus(actor));
        return pets.vaccinationDue(actor.communityId(), today(), grids(actor), page, size);
    }

    /**
     * The dogs that break a rule (or this one), in the actor's grids, stairwell by stairwell: every dog's household
     * read once, the rules applied per household.
     */
    public PageResult<DogFindings> breaking(Actor actor, ComplianceIssue issue, int page, int size) {
        Permissions.require(permissions.mayTakeCensus(actor));
        Set<Long> grids = grids(actor);
        List<BannedBreed> banned = rules.banned(actor.communityId());
        LocalDate today = today();
        java.util.Map<Long, List<Pet>> households = pets.dogs(actor.communityId()).stream()
                .filter(d -> grids == null || grids.contains(d.gridId()))
                .collect(java.util.stream.Collectors.groupingBy(Pet::householdId));
        List<DogFindings> all = new java.util.ArrayList<>();
        for (List<Pet> household : households.values()) {
            List<PetCompliance.Finding> found = PetCompliance.findings(household, banned, today);
            for (Pet dog : household) {
                List<ComplianceIssue> issues = found.stream().filter(f -> f.petId() == dog.id())
                        .map(PetCompliance.Finding::issue).toList();
                if (!issues.isEmpty() && (issue == null || issues.contains(issue))) {
                    all.add(new DogFindings(dog, issues));
                }
            }
        }
        all.sort(java.util.Comparator.comparing((DogFindings d) -> d.dog().stairwellCode())
                .thenComparing(d -> d.dog().room()).thenComparingLong(d -> d.dog().id()));
        List<DogFindings> items = all.stream().skip((long) page * size).limit(size).toList();
        return new PageResult<>(items, page, size, all.size());
    }

    public List<GridCoverage> coverage(Actor actor) {
        Permissions.require(permissions.mayTakeCensus(actor));
        return pets.coverage(actor.communityId());
    }

    /** Marks the stairwell visited door to door today, with the pets now recorded there (none: "no pets here"). */
    @Transactional
    public long visit(Actor actor, String stairwellCode) {
        Permissions.require(permissions.mayTakeCensus(actor));
        Home stairwell = pets.stairwell(actor.communityId(), stairwellCode == null ? "" : stairwellCode.strip())
                .orElseThrow(() -> InvalidInput.of("stairwell", "validation.stairwell.unknown", stairwellCode));
        if (!permissions.mayRecordIn(actor, stairwell.gridId())) {
            throw InvalidInput.of("stairwell", "pet.invalid.notYourGrid");
        }
        long found = pets.livingIn(actor.communityId(), stairwell.stairwellId());
        pets.recordVisit(actor.communityId(), stairwell.stairwellId(), today(), (int) found, actor.displayName(), now());
        audit.record(actor.communityId(), "PET_STAIRWELL_VISITED", "STAIRWELL", stairwell.stairwellId(),
                stairwell.stairwellCode() + ": " + found);
        return found;
    }

    public Optional<Convention> convention(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return rules.current(actor.communityId());
    }

    @Transactional
    public long publish(Actor actor, String title, String body) {
        Permissions.require(permissions.isStaff(actor));
        long id = rules.publish(actor.communityId(), title.strip(), body.strip(), actor.displayName(), now());
        audit.record(actor.communityId(), "PET_CONVENTION_PUBLISHED", SUBJECT, id, title.strip());
        return id;
    }

    /** Signs the convention in force for the actor's household, once. */
    @Transactional
    public Signature sign(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        Home home = home(actor).orElseThrow(() -> new Refused("pet.refused.noHome", "no household in the register"));
        Convention convention = rules.current(actor.communityId())
                .orElseThrow(() -> new Refused("pet.refused.noConvention", "no convention published"));
        if (!rules.sign(actor.communityId(), convention.id(), home.householdId(), actor.residentId(), now())) {
            throw new Refused("pet.refused.signed", "the household has signed already", convention.title());
        }
        audit.record(actor.communityId(), "PET_CONVENTION_SIGNED", SUBJECT, convention.id(), "household "
                + home.householdId());
        return rules.signatureOf(convention.id(), home.householdId()).orElseThrow();
    }

    public PageResult<Signature> signatures(Actor actor, int page, int size) {
        Permissions.require(permissions.isStaff(actor));
        return rules.current(actor.communityId()).map(c -> rules.signatures(c.id(), page, size))
                .orElse(new PageResult<>(List.of(), page, size, 0));
    }

    /** Households with a living pet, and how many of them signed the convention in force. */
    public long[] signedByOwners(Actor actor) {
        Permissions.require(permissions.isStaff(actor));
        return rules.current(actor.communityId()).map(c -> rules.petHouseholdsSigned(actor.communityId(), c.id()))
                .orElse(new long[] {0, 0});
    }

    public List<BannedBreed> banned(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return rules.banned(actor.communityId());
    }

    @Transactional
    public void ban(Actor actor, String breed, LocalDate from) {
        Permissions.require(permissions.isStaff(actor));
        if (!rules.ban(actor.communityId(), breed.strip(), from, actor.displayName(), now())) {
            throw InvalidInput.of("breed", "pet.invalid.bannedAlready", breed.strip());
        }
        audit.record(actor.communityId(), "PET_BREED_BANNED", SUBJECT, null, breed.strip() + " from " + from);
    }

    /**
     * Files a work order that names the pet (barking, fouling, off-leash, a bite, feeding strays) at its stairwell,
     * as staff or the grid's pet volunteer found it; it then goes through the cases loop like any other.
     */
    @Transactional
    public long fileCase(Actor actor, long petId, CaseCategory category, String description) {
        Pet pet = visible(actor, petId);
        Permissions.require(permissions.mayRecordIn(actor, pet.gridId()));
        if (category == null || !PROBLEMS.contains(category)) {
            throw InvalidInput.of("category", "pet.invalid.problem");
        }
        String text = pet.name() + "（" + pet.stairwellCode() + " " + pet.room() + "）：" + description.strip();
        long id = reports.reportFinding(actor.communityId(), category, text,
                places.locate(actor.communityId(), CasePlace.Kind.STAIRWELL, pet.stairwellCode()), null,
                CaseActor.of(actor), now()).caseId();
        rules.nameCase(actor.communityId(), pet.id(), id, category.name(), description.strip(), actor.displayName(),
                now());
        audit.record(actor.communityId(), "PET_CASE_FILED", SUBJECT, pet.id(), category + " case " + id);
        return id;
    }

    private Set<Long> grids(Actor actor) {
        return permissions.isStaff(actor) ? null : permissions.volunteerGrids(actor);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
