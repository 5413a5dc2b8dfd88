package org.gongzhi.pet;

import java.time.LocalDate;

/**
 * A dog's rabies vaccination or registration falls due within thirty days. Announced again each day until it is
 * renewed; whoever tells the household does so once per pet, kind and due day.
 */
public record PetReminderDue(long communityId, long householdId, long petId, String petName, ReminderKind kind,
        LocalDate due) {
}
