package org.gongzhi.shared.web;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines as RFC 5545 §3.1 requires: CRLF endings, and lines longer than 75 octets of
 * UTF-8 folded without splitting a character. ical4j's own writer folds by characters, which lets a line of
 * Chinese text run to three times the limit.
 */
public final class ContentLines {

    /**
     * The TZID events give with their local times: a phone in another zone would shift a floating 14:00, while
     * Google, Apple and Outlook calendars all honour TZID=Asia/Shanghai.
     */
    public static final String SHANGHAI = "Asia/Shanghai";
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final StringBuilder out = new StringBuilder();

    /** A line whose value is already in iCalendar syntax (dates, rules, durations). */
    public ContentLines line(String nameAndParameters, String value) {
        return fold(nameAndParameters + ":" + value);
    }

    /** A line whose value is free text, escaped as a TEXT value. */
    public ContentLines text(String name, String value) {
        return line(name, escape(value));
    }

    /** The community's time zone as a VTIMEZONE: UTC+8 all year (no summer time in China since 1991). */
    public ContentLines shanghaiTimeZone() {
        return line("BEGIN", "VTIMEZONE").line("TZID", SHANGHAI)
                .line("BEGIN", "STANDARD").line("DTSTART", "19700101T000000")
                .line("TZOFFSETFROM", "+0800").line("TZOFFSETTO", "+0800").line("TZNAME", "CST")
                .line("END", "STANDARD").line("END", "VTIMEZONE");
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private ContentLines fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
        return this;
    }
}
