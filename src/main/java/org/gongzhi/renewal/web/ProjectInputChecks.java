package org.gongzhi.renewal.web;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/**
 * What pages and API do with a project's input before the use case: 403 for those who may not manage projects,
 * whatever they sent; then the fields that break their annotations, together with what reading the rest finds (a
 * sum in yuan, a day, a vote's number), so every broken rule is reported at once, in the order of the fields.
 */
@Component
class ProjectInputChecks {

    private final ProjectPermissions permissions;
    private final FormProblems formProblems;
    private final Clock clock;

    ProjectInputChecks(ProjectPermissions permissions, FormProblems formProblems, Clock clock) {
        this.permissions = permissions;
        this.formProblems = formProblems;
        this.clock = clock;
    }

    /** {@code read} reads the input as the use case will, on the given day; its problems are reported beside. */
    void require(BindingResult fields, Class<? extends Record> input, Consumer<LocalDate> read) {
        Permissions.require(permissions.mayManage(Permissions.actor()));
        List<Problem> problems = new ArrayList<>(formProblems.of(fields));
        if (problems.isEmpty()) {
            return;
        }
        Set<String> named = problems.stream().map(Problem::field).collect(Collectors.toSet());
        try {
            read.accept(LocalDate.now(clock));
        } catch (InvalidInput e) {
            e.problems().stream().filter(p -> !named.contains(p.field())).forEach(problems::add);
        }
        List<String> order = Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName).toList();
        problems.sort(Comparator.comparingInt(p -> order.indexOf(p.field())));
        throw new InvalidInput(problems);
    }
}
