package org.gongzhi.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.server.ResponseStatusException;

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
    private final SpringValidatorAdapter validator;

    FormProblems(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * The problems in the order of the form's fields when it is a record, so that answers do not vary. A form record
     * that could not be made at all — a number, date or choice field sent as text no page of ours sends, which only an
     * edited request carries — is a malformed request: 400, on the page that says so, not the form shown again without
     * its form (found by {@code FormBindersFuzzTest}).
     */
    public List<Problem> of(BindingResult result) {
        if (result.getTarget() == null && result.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the form " + result.getObjectName()
                    + " could not be read: " + result.getFieldErrors().stream().map(FieldError::getField).toList());
        }
        List<String> order = result.getTarget() != null && result.getTarget().getClass().isRecord()
                ? Arrays.stream(result.getTarget().getClass().getRecordComponents()).map(RecordComponent::getName)
                        .toList()
                : List.of();
        return result.getFieldErrors().stream().sorted(Comparator.comparingInt(e -> order.indexOf(e.getField())))
                .map(this::problem).toList();
    }

    /** The field rules {@code record} breaks, checked outside a request (a spreadsheet's row, say). */
    public List<Problem> of(Object record) {
        BindingResult result = new BeanPropertyBindingResult(record, decapitalised(record.getClass().getSimpleName()));
        validator.validate(record, result);
        return of(result);
    }

    /** Throws the form's problems as one {@link InvalidInput}, so a form is checked like any other input. */
    public void require(BindingResult result) {
        if (result.hasFieldErrors()) {
            throw new InvalidInput(of(result));
        }
    }

    /**
     * Like {@link #require(BindingResult)}, and adds what {@code otherRules} (a check that writes nothing) finds wrong
     * with the other fields, so that a person reads every broken field at once.
     */
    public void require(BindingResult result, Runnable otherRules) {
        if (!result.hasFieldErrors()) {
            return;
        }
        List<Problem> problems = new ArrayList<>(of(result));
        try {
            otherRules.run();
        } catch (InvalidInput e) {
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        throw new InvalidInput(problems);
    }

    private Problem problem(FieldError error) {
        String code = Arrays.stream(error.getCodes() == null ? new String[0] : error.getCodes())
                .filter(this::known).findFirst().orElse("validation.invalid");
        return new Problem(error.getField(), code, error.getArguments() == null ? new Object[0]
                : error.getArguments());
    }

    private static String decapitalised(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
