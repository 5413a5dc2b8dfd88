package org.gongzhi.shared.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * The datum of a coordinate that comes in or goes out. Positions are stored in WGS-84 (GPS, OpenStreetMap,
 * GeoReport v2); Chinese map services (高德, 腾讯, the WeChat location picker) use GCJ-02, so a parameter
 * {@code coordsys=gcj02} converts on the way in and on the way out.
 */
public enum CoordinateSystem {
    WGS84,
    GCJ02;

    /** wgs84 (the default when absent or blank) or gcj02, in any case; empty for anything else. */
    public static Optional<CoordinateSystem> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(WGS84);
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "wgs84", "wgs-84" -> Optional.of(WGS84);
            case "gcj02", "gcj-02" -> Optional.of(GCJ02);
            default -> Optional.empty();
        };
    }

    /** A coordinate given in this system, as WGS-84. */
    public GeoPoint toWgs84(double lat, double lon) {
        if (this == WGS84) {
            return GeoPoint.ofDegrees(lat, lon);
        }
        double[] wgs = Gcj02.toWgs84(lat, lon);
        return GeoPoint.ofDegrees(wgs[0], wgs[1]);
    }

    /** A stored WGS-84 position in this system, as {lat, long} degrees rounded to micro-degrees. */
    public GeoPoint fromWgs84(GeoPoint wgs) {
        if (this == WGS84) {
            return wgs;
        }
        double[] gcj = Gcj02.fromWgs84(wgs.lat(), wgs.lon());
        return GeoPoint.ofDegrees(gcj[0], gcj[1]);
    }
}
