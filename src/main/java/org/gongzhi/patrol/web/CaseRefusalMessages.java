package org.gongzhi.patrol.web;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.patrol.CaseAction;
import org.gongzhi.patrol.CaseState;
import org.gongzhi.patrol.CaseTransitionRefused;

/** Puts a refused step into words in the viewer's language, naming the step and the state by their labels. */
@Component
class CaseRefusalMessages {

    private final MessageSource messages;

    CaseRefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(CaseTransitionRefused refused) {
        Object[] args = Arrays.stream(refused.args()).map(this::label).toArray();
        return messages.getMessage(refused.code(), args, refused.getMessage(), LocaleContextHolder.getLocale());
    }

    private Object label(Object arg) {
        String key = switch (arg) {
            case CaseAction action -> "case.action." + action.name();
            case CaseState state -> "case.state." + state.name();
            default -> null;
        };
        return key == null ? arg : messages.getMessage(key, null, arg.toString(), LocaleContextHolder.getLocale());
    }
}
