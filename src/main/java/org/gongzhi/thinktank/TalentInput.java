package org.gongzhi.thinktank;

import java.util.Set;

/** A talent's profile as they give it; field rules sit on the request records. */
public record TalentInput(String profession, Set<Long> skillIds, String skillsText, Availability availability,
        String howToHelp) {
}
