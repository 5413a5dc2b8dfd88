package org.gongzhi.pet;

import org.gongzhi.shared.domain.Labelled;

/** What kind of animal a pet is; the dog rules apply to dogs only. */
public enum Species implements Labelled {
    DOG, CAT, BIRD, FISH, OTHER
}
