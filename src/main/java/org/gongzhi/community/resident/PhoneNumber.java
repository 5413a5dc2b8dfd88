package org.gongzhi.community.resident;

import java.util.regex.Pattern;

import org.gongzhi.shared.pii.Masking;

/** A mainland mobile (11 digits) or landline number. */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    public PhoneNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a phone number");
        }
    }

    public static boolean isValid(String text) {
        return text != null && (MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches());
    }

    public static String normalise(String text) {
        return text == null ? null : text.trim().replace(" ", "");
    }

    public String tail() {
        String digits = value.replace("-", "");
        return digits.substring(digits.length() - 4);
    }

    public String masked() {
        return Masking.phone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
