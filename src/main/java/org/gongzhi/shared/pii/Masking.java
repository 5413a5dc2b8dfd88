package org.gongzhi.shared.pii;

/** On-screen masking of personal data (个人信息保护法): ID first 6 + last 4, phone first 3 + last 4. */
public final class Masking {

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
