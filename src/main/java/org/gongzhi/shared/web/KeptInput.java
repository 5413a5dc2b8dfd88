package org.gongzhi.shared.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a person typed into a form whose step was refused, put back into the same form on the page it returns to:
 * the form's name (its hidden {@code form} field, as several forms on a page share field names) and each field's
 * values. Pages read it as {@code kept}.
 */
public record KeptInput(String form, Map<String, List<String>> values) implements Serializable {

    public static final String ATTRIBUTE = "kept";
    private static final String FORM = "form";

    public KeptInput {
        values = Map.copyOf(values);
    }

    /** The fields of the request's form, the CSRF token left out. */
    public static KeptInput of(HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (!name.equals("_csrf") && !name.equals(FORM)) {
                values.put(name, List.of(sent));
            }
        });
        return new KeptInput(request.getParameter(FORM), values);
    }

    /** Flashes what the current request's form sent to the page the person is sent back to. */
    public static void keep(RedirectAttributes redirect) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            redirect.addFlashAttribute(ATTRIBUTE, of(current.getRequest()));
        }
    }

    /** The value typed into {@code field} of {@code form}; null when another form was sent. */
    public String value(String form, String field) {
        List<String> sent = sent(form, field);
        return sent.isEmpty() ? null : sent.getFirst();
    }

    /** Whether {@code value} was among those chosen for {@code field} of {@code form} (a tick box, a choice). */
    public boolean chose(String form, String field, Object value) {
        return sent(form, field).contains(String.valueOf(value));
    }

    /** Whether this form was the one sent: to open the part of the page it sits in. */
    public boolean sent(String form) {
        return form.equals(this.form);
    }

    private List<String> sent(String form, String field) {
        return sent(form) ? values.getOrDefault(field, List.of()) : List.of();
    }
}
