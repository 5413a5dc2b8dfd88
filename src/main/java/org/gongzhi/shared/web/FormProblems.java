package org.gongzhi.shared.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * Bean Validation's findings on a page form as the problems pages show: each names its field and the most specific
 * message key that exists ({@code NotBlank.proposalForm.title}, {@code NotBlank.title}, then {@code NotBlank}), so a
 * field can word its own message and every other field gets the general one.
 */
@Component
public class FormProblems {

    private final MessageSource messages;

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    public List<Problem> of(BindingResult result) {
        return result.getFieldErrors().stream().map(this::problem).toList();
    }

    /** Throws the form's problems as one {@link InvalidInput}, so a form is checked like any other input. */
    public void require(BindingResult result) {
        if (result.hasFieldErrors()) {
            throw new InvalidInput(of(result));
        }
    }

    private Problem problem(FieldError error) {
        String code = Arrays.stream(error.getCodes() == null ? new String[0] : error.getCodes())
                .filter(this::known).findFirst().orElse("validation.invalid");
        return new Problem(error.getField(), code, error.getArguments() == null ? new Object[0]
                : error.getArguments());
    }

    private boolean known(String code) {
        try {
            messages.getMessage(code, null, LocaleContextHolder.getLocale());
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }
}
