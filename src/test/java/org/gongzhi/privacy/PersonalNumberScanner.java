package org.gongzhi.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongzhi.shared.pii.Masking;

/**
 * Finds full personal numbers where none should be: an 18-character ID-card number (with a real birth date and a
 * correct check digit) or an 11-digit mainland mobile number (with or without +86), each standing on its own — not
 * inside a longer run of letters and digits such as a ciphertext or a digest. Masked numbers (138****5678) do not
 * match. A finding names its place and the number masked, so a report of findings leaks nothing itself.
 */
final class PersonalNumberScanner {

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z+/])([0-9]{17}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z+/])(?:(?:\\+|00)?86[ -]?)?(1[3-9][0-9]{9})(?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One number found: where, which kind, and the number masked. */
    record Finding(String where, String kind, String masked) {

        @Override
        public String toString() {
            return where + ": " + kind + " " + masked;
        }
    }

    private PersonalNumberScanner() {
    }

    static List<Finding> inText(String where, String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher id = ID.matcher(text);
        while (id.find()) {
            if (isIdCard(id.group(1))) {
                found.add(new Finding(where, "ID", Masking.idCard(id.group(1))));
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            found.add(new Finding(where, "mobile", Masking.phone(mobile.group(1))));
        }
        return found;
    }

    /**
     * Every text value of every table; {@code kept} names the columns ({@code table.column}) that hold a full number
     * on purpose, each with its reason.
     */
    static List<Finding> inDatabase(Connection c, Map<String, String> kept) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where lower(c.table_schema) = 'public' and t.table_type in ('BASE TABLE', 'TABLE')
                  and (lower(c.data_type) like '%char%' or lower(c.data_type) like '%text%'
                       or lower(c.data_type) like '%clob%')
                order by c.table_name, c.ordinal_position""")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1).toLowerCase(), r.getString(2).toLowerCase()});
            }
        }
        List<Finding> found = new ArrayList<>();
        for (String[] column : columns) {
            String name = column[0] + "." + column[1];
            if (kept.containsKey(name)) {
                continue;
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select \"" + column[1] + "\" from \""
                    + column[0] + "\" where \"" + column[1] + "\" is not null")) {
                while (r.next()) {
                    found.addAll(inText(name, r.getString(1)));
                }
            }
        }
        return found;
    }

    /** Every file under {@code dir}, read byte for byte (numbers are ASCII digits in any encoding that matters). */
    static List<Finding> inFiles(Path dir) throws IOException {
        List<Finding> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                found.addAll(inText(dir.relativize(file).toString(), text));
            }
        }
        return found;
    }

    /** A real ID-card number: a birth date that exists and the check digit of GB 11643. */
    static boolean isIdCard(String number) {
        try {
            LocalDate born = LocalDate.parse(number.substring(6, 14), BIRTH);
            if (born.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == CHECKS.charAt(sum % 11);
    }
}
