package org.gongzhi.shared.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Input that breaks a rule, with each problem naming its field and a message key; pages show them beside
 * the field, the API returns them as a 400 problem.
 */
public class InvalidInput extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super("invalid input: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String code, Object... args) {
        return new InvalidInput(List.of(new Problem(field, code, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One broken rule: the field, the message key, and the message arguments. */
    public record Problem(String field, String code, Object... args) implements Serializable {
    }
}
