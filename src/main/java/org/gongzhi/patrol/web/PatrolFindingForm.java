package org.gongzhi.patrol.web;

import java.util.UUID;

import org.gongzhi.patrol.record.PatrolFindingInput;

/**
 * A finding as a page, a phone's retry or a program sends it: the place either as {@code place}
 * ("LANDMARK:SWAN_LAKE", as the page's one list gives it) or as {@code placeKind} and {@code placeCode}.
 */
record PatrolFindingForm(String category, String place, String placeKind, String placeCode, String severity,
        String description, String idempotencyKey) {

    /** An empty form with a fresh key, for pages without script; the script replaces it with the phone's own. */
    static PatrolFindingForm blank() {
        return new PatrolFindingForm(null, null, null, null, "MEDIUM", null, UUID.randomUUID().toString());
    }

    /** The input, with the key from the {@code Idempotency-Key} header when the body has none. */
    PatrolFindingInput toInput(String headerKey) {
        boolean combined = place != null && place.contains(":");
        return new PatrolFindingInput(category, combined ? place.substring(0, place.indexOf(':')) : placeKind,
                combined ? place.substring(place.indexOf(':') + 1) : placeCode, severity, description,
                idempotencyKey == null || idempotencyKey.isBlank() ? headerKey : idempotencyKey);
    }
}
