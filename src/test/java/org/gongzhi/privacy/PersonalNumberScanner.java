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
 * match. Numbers split by single spaces or hyphens, and in full-width digits (１３９…), count as well. A finding names
 * its place and the number masked, so a report of findings leaks nothing itself.
 */
final class PersonalNumberScanner {

    /** Between two digits of a number as people write it: at most one space or hyphen (after widths are made plain). */
    private static final String GAP = "[ \\-]?";
    private static final Pattern ID = Pattern.compile(
            "(?<![0-9A-Za-z+/])([0-9](?:" + GAP + "[0-9]){16}" + GAP + "[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z+/])(?:(?:\\+|00)?86" + GAP + ")?(1" + GAP
            + "[3-9](?:" + GAP + "[0-9]){9})(?![0-9A-Za-z])");
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
        String plain = plainWidths(text);
        Matcher id = ID.matcher(plain);
        while (id.find()) {
            String number = id.group(1).replaceAll("[ -]", "");
            if (isIdCard(number)) {
                found.add(new Finding(where, "ID", Masking.idCard(number)));
            }
        }
        Matcher mobile = MOBILE.matcher(plain);
        while (mobile.find()) {
            found.add(new Finding(where, "mobile", Masking.phone(mobile.group(1))));
        }
        return found;
    }

    /** Full-width digits, plus, hyphen and the ideographic space as their ASCII forms; one character for one. */
    private static String plainWidths(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\uFF10' && c <= '\uFF19' ? (char) ('0' + c - '\uFF10')
                    : c == '\uFF0B' ? '+' : c == '\uFF0D' ? '-' : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Every text value of every table; {@code keptMobiles} names the columns ({@code table.column}) that may hold a
     * full mobile number, each with its reason. A full ID number is found in every column.
     */
    static List<Finding> inDatabase(Connection c, Map<String, String> keptMobiles) throws SQLException {
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
            boolean mobileKept = keptMobiles.containsKey(name);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select \"" + column[1] + "\" from \""
                    + column[0] + "\" where \"" + column[1] + "\" is not null")) {
                while (r.next()) {
                    inText(name, r.getString(1)).stream()
                            .filter(f -> !(mobileKept && f.kind().equals("mobile"))).forEach(found::add);
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
