package org.gongzhi.cases.web;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.cases.ResidentReport;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * The report form (and the API's report body): the place is a stairwell code, a building number or a
 * landmark, as {@code placeKind} says; a blank stairwell means the resident's own. A point picked on the map or from
 * the phone's location ({@code lat}, {@code lon}: WGS-84 decimal degrees) takes the place of all of these.
 */
public record ResidentReportForm(@NotBlank String category,
        @NotBlank @Size(max = WorkOrder.MAX_TEXT) String description, String placeKind, String stairwellCode,
        String buildingNumber, String landmark, Boolean anonymous, String lat,
        @BindParam("long") @JsonProperty("long") String lon) {

    ResidentReport toReport() {
        return ResidentReport.parse(category, description, placeKind, placeCode(), Boolean.TRUE.equals(anonymous),
                lat, lon);
    }

    /** The point picked on the map, null when none; a bad one is a problem of {@code lat}. */
    GeoPoint point() {
        return ResidentReport.point(lat, lon);
    }

    /** The same form, its place fields set to where the point was placed, so that the next step carries them. */
    ResidentReportForm placedAt(CasePlace place) {
        return new ResidentReportForm(category, description, place.kind().name(),
                place.kind() == Kind.STAIRWELL ? place.code() : stairwellCode, buildingNumber,
                place.kind() == Kind.LANDMARK ? place.code() : landmark, anonymous, lat, lon);
    }

    CaseCategory categoryChoice() {
        return Arrays.stream(CaseCategory.values()).filter(c -> c.name().equals(category)).findFirst()
                .orElseThrow(() -> InvalidInput.of("category", "validation.required"));
    }

    /** The kind of place the person chose on the page; none chosen is a problem, never their own stairwell. */
    Kind chosenKind() {
        return Arrays.stream(Kind.values()).filter(k -> k.name().equals(placeKind)).findFirst()
                .orElseThrow(() -> InvalidInput.of("placeKind", "validation.required"));
    }

    String placeCode() {
        if ("BUILDING".equals(placeKind)) {
            return buildingNumber;
        }
        return "LANDMARK".equals(placeKind) ? landmark : stairwellCode;
    }

    static ResidentReportForm startingAt(String homeStairwell) {
        return new ResidentReportForm(null, null, null, homeStairwell, null, null, false, null, null);
    }
}
