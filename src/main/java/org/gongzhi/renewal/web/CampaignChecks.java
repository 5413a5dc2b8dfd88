package org.gongzhi.renewal.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.web.FormProblems;

/**
 * Crowdfunding input before the use case: the fields that break their annotations together with what reading the
 * rest finds, every broken field at once in the order of the record's fields; nothing is written.
 */
final class CampaignChecks {

    private CampaignChecks() {
    }

    static void require(FormProblems formProblems, BindingResult fields, Class<? extends Record> input, Runnable read) {
        List<Problem> problems = new ArrayList<>(formProblems.of(fields));
        try {
            read.run();
        } catch (InvalidInput e) {
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        if (problems.isEmpty()) {
            return;
        }
        List<String> order = Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName).toList();
        problems.sort(Comparator.comparingInt(p -> order.indexOf(p.field())));
        throw new InvalidInput(problems);
    }
}
