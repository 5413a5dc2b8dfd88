package org.gongzhi.activity;

import org.gongzhi.shared.domain.Labelled;

/** Where a registration stands: within the capacity, on the waiting list, or cancelled. */
public enum RegistrationStatus implements Labelled {
    REGISTERED, WAITING, CANCELLED
}
