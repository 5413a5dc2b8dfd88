package org.gongzhi.cases.web;

import java.util.Locale;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseTransition;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.shared.domain.InvalidInput;

/** A step as asked for by a form or the API: {@code {"action": "DISPATCH", "party": "PROPERTY_COMPANY"}}. */
public record CaseTransitionRequest(String action, String reason, String note, String party,
        String outsideDepartment) {

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
