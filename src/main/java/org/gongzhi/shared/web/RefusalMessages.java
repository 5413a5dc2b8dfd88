package org.gongzhi.shared.web;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.domain.Labelled;
import org.gongzhi.shared.domain.Refused;

/** Puts a refused step into words in the reader's language, naming labelled arguments by their labels. */
@Component
public class RefusalMessages {

    private final MessageSource messages;
    private final Labels labels;

    RefusalMessages(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public String text(Refused refused) {
        Object[] args = Arrays.stream(refused.args())
                .map(arg -> arg instanceof Labelled value ? labels.of(value) : arg).toArray();
        return messages.getMessage(refused.code(), args, refused.getMessage(), LocaleContextHolder.getLocale());
    }
}
