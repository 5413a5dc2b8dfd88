package org.gongzhi.shared.pii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** On-screen masking of personal data (个人信息保护法): ID first 6 + last 4, phone first 3 + last 4. */
public final class Masking {

    /** A digit as people type it: ASCII or full-width (０-９). */
    private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
    /** What people put between digit groups: spaces of any width, hyphens and dashes, dots. */
    private static final String GAP = "[\\s\\u00A0\\u3000\\-\\uFF0D\\u2010-\\u2015.\\uFF0E·]{0,3}";
    private static final String NEXT = GAP + DIGIT;
    /**
     * An ID-card number (17 digits and a digit or X), a mobile number (1[3-9] and nine more, after an optional
     * +86, 0086 or 86) or a landline with its area code (0 and 2-3 digits, then 7-8), each maybe split up.
     */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![0-9\\uFF10-\\uFF19])(?:"
            + "(?<id>" + DIGIT + "(?:" + NEXT + "){16}" + GAP + "[0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58])"
            + "|(?<mobile>(?:(?:[+\\uFF0B]|00|\\uFF10\\uFF10)?[8\\uFF18][6\\uFF16]" + GAP + ")?[1\\uFF11]"
            + GAP + "[3-9\\uFF13-\\uFF19](?:" + NEXT + "){9})"
            + "|(?<landline>[0\\uFF10](?:" + NEXT + "){2,3}" + GAP + "[(\\uFF08)\\uFF09]?" + GAP + "(?:"
            + DIGIT + ")(?:" + NEXT + "){6,7})"
            + ")(?![0-9\\uFF10-\\uFF19])");

    private Masking() {
    }

    public static String idCard(String number) {
        if (number == null || number.length() < 10) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    /**
     * Free text with every phone or ID-card number in it masked, however it was written: with +86, spaces, hyphens
     * or full-width digits (１３８…). What is masked comes out in plain digits ("138****5678").
     */
    public static String numbersIn(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBER_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String masked;
            if (m.group("id") != null) {
                masked = idCard(digits(m.group("id")));
            } else if (m.group("mobile") != null) {
                String digits = digits(m.group("mobile"));
                masked = phone(digits.substring(digits.length() - 11));
            } else {
                masked = phone(digits(m.group("landline")));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        return m.appendTail(out).toString();
    }

    /** Only the digits (and a final X) of a number as typed, full-width ones made plain. */
    private static String digits(String typed) {
        StringBuilder digits = new StringBuilder();
        typed.codePoints().forEach(c -> {
            if (c >= '\uFF10' && c <= '\uFF19') {
                digits.append((char) ('0' + c - '\uFF10'));
            } else if (c >= '0' && c <= '9') {
                digits.append((char) c);
            } else if (c == 'x' || c == 'X' || c == '\uFF38' || c == '\uFF58') {
                digits.append('X');
            }
        });
        return digits.toString();
    }

    /**
     * A person's name as others may see it in lists: the first character (the family name, usually) and a star for
     * each further one ("王*", "欧***"); a one-character name is hidden whole; several names joined by 、 are masked
     * each.
     */
    public static String name(String names) {
        if (names == null || names.isBlank()) {
            return names;
        }
        return java.util.Arrays.stream(names.split("、")).map(Masking::oneName)
                .collect(java.util.stream.Collectors.joining("、"));
    }

    private static String oneName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return rest == 0 ? "*" : trimmed.substring(0, first) + "*".repeat(rest);
    }
}
