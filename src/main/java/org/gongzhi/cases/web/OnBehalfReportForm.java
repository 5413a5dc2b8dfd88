package org.gongzhi.cases.web;

import jakarta.validation.constraints.Size;

import org.gongzhi.cases.ResidentReport;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfFields;

/**
 * A report for a resident without a phone (代办), on the page and in the API: who the resident is (name and
 * address), how they agreed, and the report itself; a blank place is the resident's own stairwell.
 */
public record OnBehalfReportForm(@Size(max = 50) String residentName, String building, String unit,
        @Size(max = 10) String room, String consent, @Size(max = OnBehalf.MAX_NOTE) String consentNote,
        String category, String description, String placeKind, String stairwellCode, String buildingNumber,
        String landmark, Boolean anonymous) implements OnBehalfFields {

    ResidentReport toReport() {
        String code = "BUILDING".equals(placeKind) ? buildingNumber
                : "LANDMARK".equals(placeKind) ? landmark : stairwellCode;
        return ResidentReport.parse(category, description, placeKind, code, Boolean.TRUE.equals(anonymous));
    }

    static OnBehalfReportForm empty() {
        return new OnBehalfReportForm(null, null, null, null, null, null, null, null, "STAIRWELL", null, null, null,
                false);
    }
}
