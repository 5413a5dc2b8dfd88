package org.gongzhi.pet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dog rules of 上海市养犬管理条例 applied to one household's pets on a day. A dog is registered and vaccinated
 * against rabies once it is older than three months; a vaccination protects for one year (given exactly a year ago
 * it still does, a day more and it has lapsed, and the registration lapses with it); one dog per household in the
 * urbanised area; no banned breed from the list's effective date; a move, death, loss or rehoming is reported
 * within 15 days (the 15th day is in time, the 16th late).
 */
public final class PetCompliance {

    public static final int REMINDER_DAYS = 30;
    public static final int REPORT_DAYS = 15;
    public static final int REGISTRATION_MONTHS = 3;

    private PetCompliance() {
    }

    public record Finding(long petId, String petName, ComplianceIssue issue) {
    }

    public record Reminder(long petId, String petName, ReminderKind kind, LocalDate due) {
    }

    public static List<Finding> findings(List<Pet> household, List<BannedBreed> banned, LocalDate today) {
        List<Finding> found = new ArrayList<>();
        List<Pet> dogs = household.stream().filter(Pet::dog).sorted(Comparator.comparingLong(Pet::id)).toList();
        List<Pet> living = dogs.stream().filter(Pet::living).toList();
        for (Pet dog : dogs) {
            if (!dog.living()) {
                if (dog.statusOn() != null && dog.statusReportedOn() != null
                        && dog.statusReportedOn().isAfter(dog.statusOn().plusDays(REPORT_DAYS))) {
                    found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.LATE_REPORT));
                }
                continue;
            }
            if (living.indexOf(dog) > 0) {
                found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.MORE_THAN_ONE_DOG));
            }
            if (banned.stream().anyMatch(b -> b.bans(dog.breed(), today))) {
                found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.BANNED_BREED));
            }
            boolean rabiesOverdue = rabiesOverdue(dog, today);
            if (rabiesOverdue) {
                found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.RABIES_OVERDUE));
            }
            if (dog.licenceNumber() == null) {
                if (registrationRequired(dog, today)) {
                    found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.UNREGISTERED));
                }
            } else if (dog.licenceExpiresOn() != null && today.isAfter(dog.licenceExpiresOn())) {
                found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.LICENCE_EXPIRED));
            } else if (rabiesOverdue) {
                found.add(new Finding(dog.id(), dog.name(), ComplianceIssue.LICENCE_LAPSED));
            }
        }
        return found;
    }

    /** What falls due within the next thirty days (today included), for the household's pet page. */
    public static List<Reminder> reminders(List<Pet> household, LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        for (Pet dog : household.stream().filter(p -> p.dog() && p.living()).toList()) {
            if (soon(dog.rabiesDue(), today)) {
                due.add(new Reminder(dog.id(), dog.name(), ReminderKind.RABIES_DUE, dog.rabiesDue()));
            }
            if (dog.licenceNumber() != null && soon(dog.licenceExpiresOn(), today)) {
                due.add(new Reminder(dog.id(), dog.name(), ReminderKind.LICENCE_DUE, dog.licenceExpiresOn()));
            }
        }
        return due;
    }

    /** Older than three months (of unknown age counts as older): the dog must be registered and vaccinated. */
    public static boolean registrationRequired(Pet dog, LocalDate today) {
        return dog.birthDate() == null || today.isAfter(dog.birthDate().plusMonths(REGISTRATION_MONTHS));
    }

    public static boolean rabiesOverdue(Pet dog, LocalDate today) {
        return dog.rabiesVaccinatedOn() == null ? registrationRequired(dog, today) : today.isAfter(dog.rabiesDue());
    }

    private static boolean soon(LocalDate due, LocalDate today) {
        return due != null && !today.isAfter(due) && !today.plusDays(REMINDER_DAYS).isBefore(due);
    }
}
