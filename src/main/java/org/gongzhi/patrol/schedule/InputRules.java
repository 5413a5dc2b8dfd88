package org.gongzhi.patrol.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import org.gongzhi.shared.domain.InvalidInput.Problem;

/** Reading typed-in values; each failure adds a problem naming the field and returns null. */
final class InputRules {

    private InputRules() {
    }

    static String text(String value, int maxLength, String field, List<Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            problems.add(new Problem(field, "patrol.validation." + field, maxLength));
            return null;
        }
        return text;
    }

    static LocalTime time(String value, String field, List<Problem> problems) {
        return parse(value, LocalTime::parse, field, problems);
    }

    static LocalDate date(String value, String field, List<Problem> problems) {
        return parse(value, LocalDate::parse, field, problems);
    }

    static <E extends Enum<E>> E choice(String value, Class<E> type, String field, List<Problem> problems) {
        return parse(value, v -> Enum.valueOf(type, v), field, problems);
    }

    private static <T> T parse(String value, Function<String, T> parser, String field, List<Problem> problems) {
        try {
            return parser.apply(value == null ? "" : value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            problems.add(new Problem(field, "patrol.validation." + field));
            return null;
        }
    }
}
