package org.gongzhi.pet.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.gongzhi.pet.ComplianceIssue;
import org.gongzhi.pet.Convention;
import org.gongzhi.pet.GridCoverage;
import org.gongzhi.pet.HouseholdPets;
import org.gongzhi.pet.Pet;
import org.gongzhi.pet.PetCase;
import org.gongzhi.pet.PetCompliance;
import org.gongzhi.pet.PetSex;
import org.gongzhi.pet.PetStatistics;
import org.gongzhi.pet.PetStatus;
import org.gongzhi.pet.ReminderKind;
import org.gongzhi.pet.Signature;
import org.gongzhi.pet.Species;
import org.gongzhi.pet.StairwellCensus;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.web.PageResult;

/** What the pet API answers. */
final class PetViews {

    private PetViews() {
    }

    record PetView(long id, long householdId, String stairwell, String room, int building, int grid, Species species,
            String name, String breed, PetSex sex, LocalDate birthDate, boolean birthEstimated, boolean neutered,
            String licenceNumber,
            LocalDate licenceExpiresOn, LocalDate rabiesVaccinatedOn, String rabiesCertificate, LocalDate rabiesDue,
            PetStatus status, LocalDate statusOn, int version) {
        static PetView of(Pet p) {
            return new PetView(p.id(), p.householdId(), p.stairwellCode(), p.room(), p.buildingNumber(),
                    p.gridNumber(), p.species(), p.name(), p.breed(), p.sex(), p.birthDate(), p.birthEstimated(),
                    p.neutered(),
                    p.licenceNumber(), p.licenceExpiresOn(), p.rabiesVaccinatedOn(), p.rabiesCertificate(),
                    p.rabiesDue(), p.status(), p.statusOn(), p.version());
        }
    }

    record PetPage(List<PetView> items, int page, int size, long total) {
        static PetPage of(PageResult<Pet> r) {
            return new PetPage(r.items().stream().map(PetView::of).toList(), r.page(), r.size(), r.total());
        }
    }

    record PetFindingView(long petId, String petName, ComplianceIssue issue) {
        static PetFindingView of(PetCompliance.Finding f) {
            return new PetFindingView(f.petId(), f.petName(), f.issue());
        }
    }

    record PetReminderView(long petId, String petName, ReminderKind kind, LocalDate due) {
        static PetReminderView of(PetCompliance.Reminder r) {
            return new PetReminderView(r.petId(), r.petName(), r.kind(), r.due());
        }
    }

    record PetCaseView(long petId, long caseId, String category, String description, OffsetDateTime filedAt) {
        static PetCaseView of(PetCase c) {
            return new PetCaseView(c.petId(), c.caseId(), c.category(), c.description(), c.filedAt());
        }
    }

    record PetHouseholdView(long householdId, String stairwell, List<PetView> pets, List<PetFindingView> findings,
            List<PetReminderView> reminders, List<PetCaseView> cases, Long conventionId, boolean conventionSigned) {
        static PetHouseholdView of(HouseholdPets h) {
            return new PetHouseholdView(h.home().householdId(), h.home().stairwellCode(),
                    h.pets().stream().map(PetView::of).toList(), h.findings().stream().map(PetFindingView::of).toList(),
                    h.reminders().stream().map(PetReminderView::of).toList(),
                    h.cases().stream().map(PetCaseView::of).toList(),
                    h.convention() == null ? null : h.convention().id(), h.signature() != null);
        }
    }

    record DogFindingsView(PetView dog, List<ComplianceIssue> issues) {
    }

    record DogFindingsPage(List<DogFindingsView> items, int page, int size, long total) {
        static DogFindingsPage of(PageResult<org.gongzhi.pet.DogFindings> r) {
            return new DogFindingsPage(r.items().stream().map(d -> new DogFindingsView(PetView.of(d.dog()),
                    d.issues())).toList(), r.page(), r.size(), r.total());
        }
    }

    record PetCensusView(int building, List<StairwellCensus> stairwells, PetPage pets) {
    }

    record PetVisitView(String stairwell, long petsFound) {
    }

    record PetConventionView(long id, String title, String body, OffsetDateTime publishedAt) {
        static PetConventionView of(Convention c) {
            return new PetConventionView(c.id(), c.title(), c.body(), c.publishedAt());
        }
    }

    /** Who signed for a household: the name masked to the family name, as lists of people show it. */
    record PetSignatureView(long id, long householdId, String stairwell, String room, String signedBy,
            OffsetDateTime signedAt) {
        static PetSignatureView of(Signature s) {
            return new PetSignatureView(s.id(), s.householdId(), s.stairwellCode(), s.room(),
                    Masking.name(s.residentName()), s.signedAt());
        }
    }

    record PetSignaturePage(List<PetSignatureView> items, int page, int size, long total, long petHouseholds,
            long petHouseholdsSigned) {
    }

    record PetStatsView(Map<Species, Long> bySpecies, Map<String, Long> dogBreeds, Map<Integer, Long> byGrid,
            long dogs, int vaccinatedPercent, int registeredPercent, int compliantPercent,
            List<GridCoverage> coverage) {
        static PetStatsView of(PetStatistics.Figures f) {
            PetStatistics.DogCompliance d = f.dogs();
            return new PetStatsView(f.bySpecies(), f.dogBreeds(), f.byGrid(), d.dogs(), d.percent(d.vaccinated()),
                    d.percent(d.registered()), d.percent(d.compliant()), f.coverage());
        }
    }
}
