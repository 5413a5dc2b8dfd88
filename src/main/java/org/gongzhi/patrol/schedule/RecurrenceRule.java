package org.gongzhi.patrol.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Recur;

/**
 * A monthly recurrence rule (RFC 5545 §3.3.10) as a person or a program supplies it, parsed strictly: FREQ=MONTHLY
 * with BYDAY and/or BYMONTHDAY, and optionally INTERVAL, COUNT or UNTIL, and WKST. {@code until} keeps the
 * validated text (a date or a date-time); {@code count} and {@code until} are null when absent. ical4j is lenient
 * about what it reads, so the whitelist is checked here first; the days are then expanded by ical4j's {@link Recur}.
 */
public record RecurrenceRule(int interval, Integer count, String until, DayOfWeek weekStart, List<WeekdayNum> byDay,
        List<Integer> byMonthDay) {

    private static final Set<String> FREQUENCIES = Set.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY",
            "MONTHLY", "YEARLY");
    private static final Set<String> UNSUPPORTED = Set.of("BYMONTH", "BYSETPOS", "BYHOUR", "BYMINUTE", "BYSECOND");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,5}");
    private static final Pattern WEEKDAY_NUM = Pattern.compile("([+-]?[0-9]{1,2})?([A-Z]{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("[+-]?[0-9]{1,2}");
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UNTIL_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    public RecurrenceRule {
        byDay = List.copyOf(byDay);
        byMonthDay = List.copyOf(byMonthDay);
    }

    /** Parses the rule, with or without a leading "RRULE:", or says which part is wrong and why. */
    public static RecurrenceRule parse(String text) {
        Map<String, String> parts = parts(text);
        String freq = parts.get("FREQ");
        if (freq == null) {
            throw new Invalid("FREQ", "FREQ is required");
        }
        if (!FREQUENCIES.contains(freq)) {
            throw new Invalid("FREQ", "FREQ=" + freq + " is not a frequency");
        }
        if (!"MONTHLY".equals(freq)) {
            throw new Invalid("FREQ", "FREQ=" + freq + " is not allowed: only FREQ=MONTHLY");
        }
        parts.keySet().forEach(RecurrenceRule::checkAllowedInMonthly);
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            throw new Invalid("COUNT", "COUNT and UNTIL must not occur in the same rule (RFC 5545)");
        }
        if (!parts.containsKey("BYDAY") && !parts.containsKey("BYMONTHDAY")) {
            throw new Invalid("BYDAY", "a monthly rule needs BYDAY or BYMONTHDAY");
        }
        return new RecurrenceRule(
                parts.containsKey("INTERVAL") ? positive("INTERVAL", parts.get("INTERVAL")) : 1,
                parts.containsKey("COUNT") ? positive("COUNT", parts.get("COUNT")) : null,
                parts.containsKey("UNTIL") ? until(parts.get("UNTIL")) : null,
                parts.containsKey("WKST") ? weekday("WKST", parts.get("WKST")) : DayOfWeek.MONDAY,
                list("BYDAY", parts.get("BYDAY"), RecurrenceRule::weekdayNum),
                list("BYMONTHDAY", parts.get("BYMONTHDAY"), RecurrenceRule::monthDay));
    }

    /**
     * The days of the month that BYDAY and BYMONTHDAY select (RFC 5545: BYMONTHDAY limits BYDAY), expanded by
     * ical4j's {@link Recur} from this rule's selection alone: INTERVAL, COUNT and UNTIL say which months a patrol
     * is held, not which day of a month.
     */
    public List<LocalDate> datesIn(YearMonth month) {
        LocalDate first = month.atDay(1);
        return new Recur<LocalDate>(selection()).getDates(first, first, month.atEndOfMonth().plusDays(1)).stream()
                .filter(d -> YearMonth.from(d).equals(month)).distinct().sorted().toList();
    }

    /** FREQ=MONTHLY with this rule's BYDAY and BYMONTHDAY, as ical4j reads it. */
    private String selection() {
        StringBuilder rule = new StringBuilder("FREQ=MONTHLY");
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(byDay.stream().map(WeekdayNum::toString).collect(Collectors.joining(",")));
        }
        if (!byMonthDay.isEmpty()) {
            rule.append(";BYMONTHDAY=")
                    .append(byMonthDay.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return rule.toString();
    }

    private static Map<String, String> parts(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("RRULE", "the rule is empty");
        }
        String rule = text.strip().toUpperCase(Locale.ROOT);
        rule = rule.startsWith("RRULE:") ? rule.substring("RRULE:".length()) : rule;
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals <= 0 || equals == part.length() - 1) {
                throw new Invalid(part, "'" + part + "' is not NAME=VALUE");
            }
            String name = part.substring(0, equals);
            if (parts.put(name, part.substring(equals + 1)) != null) {
                throw new Invalid(name, name + " occurs more than once");
            }
        }
        return parts;
    }

    private static void checkAllowedInMonthly(String name) {
        switch (name) {
            case "FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY", "BYMONTHDAY" -> {
            }
            case "BYWEEKNO" -> throw new Invalid(name, "BYWEEKNO is not allowed with FREQ=MONTHLY (RFC 5545: "
                    + "only with FREQ=YEARLY)");
            case "BYYEARDAY" -> throw new Invalid(name, "BYYEARDAY is not allowed with FREQ=MONTHLY (RFC 5545)");
            default -> throw new Invalid(name, UNSUPPORTED.contains(name)
                    ? name + " is not supported in a monthly patrol rule"
                    : "unknown part " + name);
        }
    }

    private static int positive(String name, String value) {
        if (!POSITIVE.matcher(value).matches()) {
            throw new Invalid(name, name + "=" + value + " is not a positive whole number");
        }
        return Integer.parseInt(value);
    }

    private static String until(String value) {
        try {
            if (value.length() == 8) {
                LocalDate.parse(value, UNTIL_DATE);
            } else {
                LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value,
                        UNTIL_DATE_TIME);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new Invalid("UNTIL", "UNTIL=" + value
                    + " is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z])");
        }
    }

    private static DayOfWeek weekday(String name, String value) {
        DayOfWeek day = WEEKDAYS.get(value);
        if (day == null) {
            throw new Invalid(name, name + "=" + value + " is not a weekday (MO, TU, WE, TH, FR, SA, SU)");
        }
        return day;
    }

    private static WeekdayNum weekdayNum(String value) {
        Matcher m = WEEKDAY_NUM.matcher(value);
        if (!m.matches()) {
            throw new Invalid("BYDAY", "BYDAY=" + value + " is not a weekday such as TH or 2TH");
        }
        int ordinal = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (m.group(1) != null && (ordinal == 0 || Math.abs(ordinal) > 5)) {
            throw new Invalid("BYDAY", "BYDAY=" + value + ": in a monthly rule the ordinal is 1 to 5 or -5 to -1");
        }
        return new WeekdayNum(ordinal, weekday("BYDAY", m.group(2)));
    }

    private static Integer monthDay(String value) {
        int day = MONTH_DAY.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (day == 0 || Math.abs(day) > 31) {
            throw new Invalid("BYMONTHDAY", "BYMONTHDAY=" + value
                    + " is not a day of the month (1 to 31 or -31 to -1)");
        }
        return day;
    }

    private static <T> List<T> list(String name, String value, Function<String, T> item) {
        if (value == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (String each : value.split(",", -1)) {
            if (each.isEmpty()) {
                throw new Invalid(name, name + "=" + value + " has an empty item");
            }
            items.add(item.apply(each));
        }
        return items;
    }

    /** One BYDAY item: a weekday, with its ordinal within the month (2TH, -1FR), or 0 for every such weekday. */
    public record WeekdayNum(int ordinal, DayOfWeek day) {

        /** As RFC 5545 writes it: 2TH, -1FR, or TH for every Thursday. */
        @Override
        public String toString() {
            return (ordinal == 0 ? "" : String.valueOf(ordinal)) + day.name().substring(0, 2);
        }
    }

    /** A rule that breaks RFC 5545 or asks for more than a monthly rule may; {@code part} names the culprit. */
    public static final class Invalid extends IllegalArgumentException {

        private final String part;

        Invalid(String part, String message) {
            super(message);
            this.part = part;
        }

        public String part() {
            return part;
        }
    }
}
