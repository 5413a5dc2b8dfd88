package org.gongzhi.activity;

import java.time.OffsetDateTime;

/** A growth update a family posted about its child's plant: a note and, if sent, a photo. */
public record PlantUpdate(long id, long plantId, long adoptionId, String plantName, String note, boolean hasPhoto,
        OffsetDateTime postedAt) {
}
