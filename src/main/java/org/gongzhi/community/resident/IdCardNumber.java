package org.gongzhi.community.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongzhi.community.Gender;
import org.gongzhi.shared.pii.Masking;

/** A resident identity card number (GB 11643-1999): region, birth date, sequence and check digit. */
public record IdCardNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[0-9X]");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdCardNumber {
        Problem problem = check(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem.name());
        }
    }

    /** Why a text is not a valid ID-card number. */
    public enum Problem {
        FORMAT, BIRTH_DATE, CHECK_DIGIT
    }

    public static Optional<IdCardNumber> parse(String text) {
        String normalised = normalise(text);
        return check(normalised) == null ? Optional.of(new IdCardNumber(normalised)) : Optional.empty();
    }

    public static String normalise(String text) {
        return text == null ? null : text.trim().toUpperCase();
    }

    /** The first broken rule, or null when the number is valid. */
    public static Problem check(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return Problem.FORMAT;
        }
        if (birthDateOf(value).isEmpty()) {
            return Problem.BIRTH_DATE;
        }
        return checkDigit(value.substring(0, 17)) == value.charAt(17) ? null : Problem.CHECK_DIGIT;
    }

    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** Odd 17th digit for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    public String masked() {
        return Masking.idCard(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Optional<LocalDate> birthDateOf(String value) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            return date.getYear() >= 1890 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
