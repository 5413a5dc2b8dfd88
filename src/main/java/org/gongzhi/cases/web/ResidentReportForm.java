package org.gongzhi.cases.web;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.cases.ResidentReport;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * The report form (and the API's report body): the place is a stairwell code, a building number or a
 * landmark, as {@code placeKind} says; a blank stairwell means the resident's own.
 */
public record ResidentReportForm(@NotBlank String category,
        @NotBlank @Size(max = WorkOrder.MAX_TEXT) String description, String placeKind, String stairwellCode,
        String buildingNumber, String landmark, Boolean anonymous) {

    ResidentReport toReport() {
        return ResidentReport.parse(category, description, placeKind, placeCode(), Boolean.TRUE.equals(anonymous));
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
        return new ResidentReportForm(null, null, null, homeStairwell, null, null, false);
    }
}
