package org.gongzhi.pet;

import org.gongzhi.shared.domain.Labelled;

public enum PetSex implements Labelled {
    MALE, FEMALE, UNKNOWN
}
