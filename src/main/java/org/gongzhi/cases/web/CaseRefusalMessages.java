package org.gongzhi.cases.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseTransitionRefused;
import org.gongzhi.shared.web.RefusalMessages;

/** A refused work-order step in words, naming the step and the state by their labels. */
@Component
class CaseRefusalMessages {

    private static final Map<Class<?>, String> LABELS = Map.of(CaseAction.class, "CaseAction.",
            CaseState.class, "CaseState.");

    private final RefusalMessages refusals;

    CaseRefusalMessages(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    String text(CaseTransitionRefused refused) {
        return refusals.text(refused, LABELS);
    }
}
