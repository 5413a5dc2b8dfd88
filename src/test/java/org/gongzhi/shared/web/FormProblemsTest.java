package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import org.gongzhi.shared.domain.InvalidInput.Problem;

/** A form's Bean Validation findings become problems that name their field and read well in both languages. */
class FormProblemsTest {

    record NoticeForm(@NotBlank @Size(max = 5) String title, @Size(min = 2, max = 4) String code) {
    }

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    FormProblemsTest() {
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void each_broken_field_rule_is_a_problem_with_the_general_message_of_its_constraint() {
        NoticeForm form = new NoticeForm("停水停电通知单", "X");
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "noticeForm");
        new SpringValidatorAdapter(validator).validate(form, result);

        FormProblems problems = new FormProblems(messages, validator);
        assertThat(problems.of(result)).extracting(Problem::field).containsExactlyInAnyOrder("title", "code");
        assertThat(text(problems, result, "title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("不能超过 5 个字");
        assertThat(text(problems, result, "code", Locale.SIMPLIFIED_CHINESE)).isEqualTo("长度应在 2 到 4 个字之间");
        assertThat(text(problems, result, "title", Locale.ENGLISH)).isEqualTo("must be at most 5 characters");
    }

    @Test
    void a_field_can_word_its_own_message() {
        java.util.Properties own = new java.util.Properties();
        own.setProperty("NotBlank.noticeForm.title", "请给公告起个标题");
        messages.setCommonMessages(own);
        NoticeForm form = new NoticeForm(" ", null);
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "noticeForm");
        new SpringValidatorAdapter(validator).validate(form, result);

        assertThat(text(new FormProblems(messages, validator), result, "title", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("请给公告起个标题");
    }

    private String text(FormProblems problems, BeanPropertyBindingResult result, String field, Locale locale) {
        Problem problem = problems.of(result).stream().filter(p -> p.field().equals(field)).findFirst()
                .orElseThrow();
        return messages.getMessage(problem.code(), problem.args(), locale);
    }
}
