package org.gongzhi.thinktank;

import java.time.OffsetDateTime;
import java.util.List;

/** A resident who lends their profession: what they do, their skills, when they can help and how. */
public record Talent(long id, long residentId, String name, int gridNumber, String profession, String skillsText,
        Availability availability, String howToHelp, OffsetDateTime updatedAt, List<Skill> skills) {

    Talent with(List<Skill> tags) {
        return new Talent(id, residentId, name, gridNumber, profession, skillsText, availability, howToHelp, updatedAt,
                tags);
    }
}
