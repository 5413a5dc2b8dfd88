package org.gongzhi.cases.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseTransition;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.shared.domain.InvalidInput;

/** A step as asked for by a form or the API: {@code {"action": "DISPATCH", "party": "PROPERTY_COMPANY"}}. */
public record CaseTransitionRequest(@NotBlank String action, @Size(max = WorkOrder.MAX_TEXT) String reason,
        @Size(max = WorkOrder.MAX_TEXT) String note, String party,
        @Size(max = WorkOrder.MAX_NAME) String outsideDepartment) {

    CaseTransition toTransition(boolean photoAttached) {
        return new CaseTransition(parse(CaseAction.class, action, "action"), reason != null ? reason : note,
                party == null || party.isBlank() ? null : parse(ResponsibleParty.class, party, "party"),
                outsideDepartment, photoAttached);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "validation.required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "validation.choice", value);
        }
    }
}
