package org.gongzhi.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.domain.Labelled;

/** The label of a labelled enum constant in the reader's language; pages use it as {@code ${@labels.of(x)}}. */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Labelled value) {
        return value == null ? "" : messages.getMessage(value.labelKey(), null, value.name(),
                LocaleContextHolder.getLocale());
    }
}
