package org.gongzhi.pet;

import org.gongzhi.shared.domain.Labelled;

/** Whether the pet still lives with its household, or what happened to it (to be reported within 15 days). */
public enum PetStatus implements Labelled {
    LIVING, MOVED_AWAY, DIED, LOST, REHOMED
}
