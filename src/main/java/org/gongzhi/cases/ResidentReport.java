package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * A resident's report (随手拍): what, where, and whether to stay anonymous to all but staff. Where is a place of the
 * register, or a WGS-84 {@code point} picked on the map or from the phone's location, which is then placed at the
 * nearest stairwell or landmark by the rule Open311 follows ({@link CasePlaces#atPoint}).
 */
public record ResidentReport(CaseCategory category, String description, Kind placeKind, String placeCode,
        boolean anonymous, GeoPoint point) {

    private static final java.util.regex.Pattern DEGREES = java.util.regex.Pattern.compile(
            "[-+]?\\d{1,3}(?:\\.\\d{1,12})?");

    public ResidentReport(CaseCategory category, String description, Kind placeKind, String placeCode,
            boolean anonymous) {
        this(category, description, placeKind, placeCode, anonymous, null);
    }

    /** Reads the report as typed, with the point picked on the map if there is one ({@code lat}, {@code lon}). */
    public static ResidentReport parse(String category, String description, String placeKind, String placeCode,
            boolean anonymous, String lat, String lon) {
        List<Problem> problems = new ArrayList<>();
        GeoPoint point = null;
        try {
            point = point(lat, lon);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        try {
            ResidentReport report = parse(category, description, point != null ? null : placeKind, placeCode,
                    anonymous);
            if (problems.isEmpty()) {
                return new ResidentReport(report.category(), report.description(), report.placeKind(),
                        report.placeCode(), anonymous, point);
            }
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        throw new InvalidInput(problems);
    }

    /**
     * A point given as decimal degrees (WGS-84), both or neither; null when neither. A bad one is a problem of the
     * field {@code lat}, where the page shows the map.
     */
    public static GeoPoint point(String lat, String lon) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLon = lon != null && !lon.isBlank();
        if (!hasLat && !hasLon) {
            return null;
        }
        if (!hasLat || !hasLon || !DEGREES.matcher(lat.strip()).matches() || !DEGREES.matcher(lon.strip()).matches()) {
            throw InvalidInput.of("lat", "report.validation.point");
        }
        double latitude = Double.parseDouble(lat.strip());
        double longitude = Double.parseDouble(lon.strip());
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw InvalidInput.of("lat", "report.validation.point");
        }
        return GeoPoint.ofDegrees(latitude, longitude);
    }

    /** Reads the report as typed; a blank place means the resident's own stairwell. */
    public static ResidentReport parse(String category, String description, String placeKind, String placeCode,
            boolean anonymous) {
        List<Problem> problems = new ArrayList<>();
        CaseCategory what = choice(CaseCategory.class, category, "category", problems);
        Kind kind = placeKind == null || placeKind.isBlank() ? Kind.STAIRWELL
                : choice(Kind.class, placeKind, "placeKind", problems);
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            problems.add(new Problem("description", "validation.required"));
        } else if (text.length() > WorkOrder.MAX_TEXT) {
            problems.add(new Problem("description", "validation.tooLong", WorkOrder.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ResidentReport(what, text, kind, placeCode == null ? null : placeCode.strip(), anonymous);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "validation.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "validation.choice", value));
            return null;
        }
    }

    public boolean placeGiven() {
        return placeCode != null && !placeCode.isBlank();
    }
}
