package org.gongzhi.pet;

import org.gongzhi.shared.domain.Labelled;

/** What falls due within {@link PetCompliance#REMINDER_DAYS} days. */
public enum ReminderKind implements Labelled {
    RABIES_DUE, LICENCE_DUE
}
