package org.gongzhi.cases.open311;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongzhi.cases.CaseCategory;

/**
 * The GeoReport v2 filters of GET requests: service_request_id (overrides the others), service_code, a window
 * of requested_datetime no longer than 90 days (the most recent 90 days by default) and status open/closed.
 */
public record Open311Search(List<Long> ids, List<CaseCategory> categories, OffsetDateTime start,
        OffsetDateTime end, Set<String> statuses) {

    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int LIMIT = 1000;

    public static Open311Search parse(String ids, String serviceCodes, String startDate, String endDate,
            String status, Open311Services services, OffsetDateTime now) {
        if (present(ids)) {
            return new Open311Search(items(ids).stream().map(Open311Search::id).toList(), List.of(), null, null,
                    Set.of());
        }
        OffsetDateTime start = date(startDate, "start_date");
        OffsetDateTime end = date(endDate, "end_date");
        if (end == null) {
            end = start == null ? now : start.plus(MAX_SPAN);
        }
        if (start == null) {
            start = end.minus(MAX_SPAN);
        }
        if (start.isAfter(end) || Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw Open311Error.badRequest("start_date and end_date must be in order and span at most 90 days");
        }
        List<CaseCategory> categories = present(serviceCodes)
                ? items(serviceCodes).stream().map(code -> category(code, services)).toList() : List.of();
        return new Open311Search(List.of(), categories, start, end, statuses(status));
    }

    public boolean byIds() {
        return !ids.isEmpty();
    }

    private static CaseCategory category(String code, Open311Services services) {
        try {
            return services.category(code);
        } catch (Open311Error unknown) {
            throw Open311Error.badRequest(unknown.getMessage());
        }
    }

    private static Set<String> statuses(String status) {
        if (!present(status)) {
            return Set.of();
        }
        Set<String> statuses = Set.copyOf(items(status.toLowerCase(Locale.ROOT)));
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw Open311Error.badRequest("status must be open or closed");
        }
        return statuses;
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest("service_request_id " + text + " is not a number");
        }
    }

    private static OffsetDateTime date(String text, String field) {
        if (!present(text)) {
            return null;
        }
        try {
            // an offset's "+" sent unencoded in a query string arrives as a space
            return OffsetDateTime.parse(text.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw Open311Error.badRequest(field + " must be a w3 datetime with a time zone, eg 2026-01-01T00:00:00Z");
        }
    }

    private static List<String> items(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
