package org.gongzhi.shared.web;

import java.util.Arrays;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a refused step into words in the viewer's language, naming enum arguments by their labels. */
@Component
public class RefusalMessages {

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code labels} gives, per enum type, the message prefix of its labels (e.g. "case.state."). */
    public String text(Refused refused, Map<Class<?>, String> labels) {
        Object[] args = Arrays.stream(refused.args()).map(arg -> label(arg, labels)).toArray();
        return messages.getMessage(refused.code(), args, refused.getMessage(), LocaleContextHolder.getLocale());
    }

    private Object label(Object arg, Map<Class<?>, String> labels) {
        String prefix = arg instanceof Enum<?> value ? labels.get(value.getDeclaringClass()) : null;
        return prefix == null ? arg
                : messages.getMessage(prefix + ((Enum<?>) arg).name(), null, arg.toString(),
                        LocaleContextHolder.getLocale());
    }
}
