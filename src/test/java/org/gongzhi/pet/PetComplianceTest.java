package org.gongzhi.pet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzhi.shared.domain.InvalidInput;

/** The dog rules on their boundaries, with no Spring at all. */
class PetComplianceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static long ids = 1;

    private static Pet dog(String breed, LocalDate born, String licence, LocalDate expires, LocalDate vaccinated) {
        return new Pet(ids++, 1, 7, 1, "AY-1-1", 1, 1, 1, "101", Species.DOG, "旺财", breed, PetSex.MALE, born, false,
                licence, expires, vaccinated, null, PetStatus.LIVING, null, null, 0, false, false, false);
    }

    private static Pet compliant() {
        return dog("柯基", TODAY.minusYears(2), "SJ20260001", TODAY.plusMonths(6), TODAY.minusMonths(6));
    }

    private static List<ComplianceIssue> issues(Pet... household) {
        return issues(List.of(), household);
    }

    private static List<ComplianceIssue> issues(List<BannedBreed> banned, Pet... household) {
        return PetCompliance.findings(List.of(household), banned, TODAY).stream()
                .map(PetCompliance.Finding::issue).toList();
    }

    @Test
    void a_registered_vaccinated_dog_keeps_every_rule() {
        assertThat(issues(compliant())).isEmpty();
    }

    @Test
    void a_dog_exactly_three_months_old_need_not_be_registered_yet_and_a_day_older_must() {
        Pet threeMonths = dog("柯基", TODAY.minusMonths(3), null, null, null);
        assertThat(issues(threeMonths)).isEmpty();
        Pet dayMore = dog("柯基", TODAY.minusMonths(3).minusDays(1), null, null, null);
        assertThat(issues(dayMore)).containsExactlyInAnyOrder(ComplianceIssue.UNREGISTERED,
                ComplianceIssue.RABIES_OVERDUE);
    }

    @Test
    void a_vaccination_exactly_a_year_ago_still_protects_and_a_day_more_lapses_the_registration_with_it() {
        Pet yearAgo = dog("柯基", TODAY.minusYears(3), "SJ20260001", TODAY.plusMonths(1), TODAY.minusYears(1));
        assertThat(issues(yearAgo)).isEmpty();
        Pet dayMore = dog("柯基", TODAY.minusYears(3), "SJ20260001", TODAY.plusMonths(1),
                TODAY.minusYears(1).minusDays(1));
        assertThat(issues(dayMore)).containsExactly(ComplianceIssue.RABIES_OVERDUE, ComplianceIssue.LICENCE_LAPSED);
    }

    @Test
    void an_expired_registration_is_found_from_the_day_after_it_ends() {
        assertThat(issues(dog("柯基", TODAY.minusYears(3), "SJ20260001", TODAY, TODAY.minusMonths(2)))).isEmpty();
        assertThat(issues(dog("柯基", TODAY.minusYears(3), "SJ20260001", TODAY.minusDays(1), TODAY.minusMonths(2))))
                .containsExactly(ComplianceIssue.LICENCE_EXPIRED);
    }

    @Test
    void a_banned_breed_counts_from_the_lists_effective_date_and_not_before() {
        Pet mastiff = dog("藏 獒", TODAY.minusYears(2), "SJ20260001", TODAY.plusMonths(6), TODAY.minusMonths(6));
        assertThat(issues(List.of(new BannedBreed(1, "藏獒", TODAY.plusDays(1))), mastiff)).isEmpty();
        assertThat(issues(List.of(new BannedBreed(1, "藏獒", TODAY)), mastiff))
                .containsExactly(ComplianceIssue.BANNED_BREED);
    }

    @Test
    void the_second_living_dog_of_a_household_breaks_the_one_dog_rule_and_the_first_does_not() {
        Pet first = compliant();
        Pet second = compliant();
        List<PetCompliance.Finding> found = PetCompliance.findings(List.of(second, first), List.of(), TODAY);
        assertThat(found).extracting(PetCompliance.Finding::petId).containsExactly(second.id());
        assertThat(found).extracting(PetCompliance.Finding::issue).containsExactly(ComplianceIssue.MORE_THAN_ONE_DOG);
    }

    @Test
    void a_move_reported_on_the_15th_day_is_in_time_and_on_the_16th_late() {
        LocalDate moved = TODAY.minusDays(30);
        Pet onTime = withStatus(compliant(), moved, moved.plusDays(15));
        Pet late = withStatus(compliant(), moved, moved.plusDays(16));
        assertThat(issues(onTime)).isEmpty();
        assertThat(issues(late)).containsExactly(ComplianceIssue.LATE_REPORT);
    }

    @Test
    void reminders_come_thirty_days_before_the_vaccination_or_registration_falls_due_and_not_thirty_one() {
        Pet due30 = dog("柯基", TODAY.minusYears(3), "SJ20260001", TODAY.plusDays(31),
                TODAY.minusYears(1).plusDays(30));
        assertThat(PetCompliance.reminders(List.of(due30), TODAY)).extracting(PetCompliance.Reminder::kind)
                .containsExactly(ReminderKind.RABIES_DUE);
        Pet due31 = dog("柯基", TODAY.minusYears(3), "SJ20260001", TODAY.plusDays(30),
                TODAY.minusYears(1).plusDays(31));
        assertThat(PetCompliance.reminders(List.of(due31), TODAY)).extracting(PetCompliance.Reminder::kind)
                .containsExactly(ReminderKind.LICENCE_DUE);
    }

    @Test
    void bad_input_names_its_field() {
        PetInput future = new PetInput(Species.DOG, "旺财", null, null, TODAY.plusDays(1), false, null, null, null,
                null, null, null, null);
        assertThatThrownBy(() -> future.check(TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("birthDate"));
        PetInput beforeBirth = new PetInput(Species.DOG, "旺财", null, null, TODAY.minusYears(1), false, null, null,
                TODAY.minusYears(2), null, null, null, null);
        assertThatThrownBy(() -> beforeBirth.check(TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().code()).isEqualTo("pet.invalid.vaccinatedBeforeBirth"));
        PetInput wrongForm = new PetInput(Species.DOG, "旺财", null, null, null, false, "12345", null, null, null,
                null, null, null);
        assertThatThrownBy(() -> wrongForm.check(TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("licenceNumber"));
        new PetInput(Species.DOG, "旺财", null, null, null, false, "沪SJ20260001", null, null, null, null, null, null)
                .check(TODAY);
    }

    @Test
    void an_estimated_age_puts_the_birth_that_many_years_back_and_is_not_given_with_a_birth_date() {
        PetInput estimated = new PetInput(Species.CAT, "花花", null, null, null, false, null, null, null, null, null,
                null, null, 3);
        estimated.check(TODAY);
        assertThat(estimated.withBirthOn(TODAY).birthDate()).isEqualTo(LocalDate.of(2023, 12, 4));
        assertThat(estimated.withBirthOn(TODAY).birthEstimated()).isTrue();
        PetInput both = new PetInput(Species.CAT, "花花", null, null, TODAY.minusYears(1), false, null, null, null,
                null, null, null, null, 3);
        assertThatThrownBy(() -> both.check(TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("estimatedAge"));
    }

    private static Pet withStatus(Pet p, LocalDate on, LocalDate reported) {
        return new Pet(p.id(), 1, 7, 1, "AY-1-1", 1, 1, 1, "101", Species.DOG, p.name(), p.breed(), p.sex(),
                p.birthDate(), false, p.licenceNumber(), p.licenceExpiresOn(), p.rabiesVaccinatedOn(), null,
                PetStatus.MOVED_AWAY, on, reported, 0, false, false, false);
    }
}
