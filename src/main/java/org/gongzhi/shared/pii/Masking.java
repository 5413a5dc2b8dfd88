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
     * A person's name as others may see it in lists: the first character (the surname, usually) and for names of
     * three or more the last, the rest starred ("王*", "欧阳*华"); several names joined by 、 are masked each.
     */
    public static String name(String names) {
        if (names == null) {
            return null;
        }
        return java.util.Arrays.stream(names.split("、")).map(Masking::oneName)
                .collect(java.util.stream.Collectors.joining("、"));
    }

    private static String oneName(String name) {
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length <= 1) {
            return name.strip();
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        masked.append("*".repeat(chars.length <= 2 ? 1 : chars.length - 2));
        if (chars.length > 2) {
            masked.appendCodePoint(chars[chars.length - 1]);
        }
        return masked.toString();
    }
}
