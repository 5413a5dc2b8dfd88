package org.gongzhi.shared.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A WGS-84 position stored exactly as whole micro-degrees (31.133000 N is {@code latE6 = 31133000}): a
 * micro-degree is about 11 cm here, finer than any stairwell, and integers compare and round-trip exactly in
 * both databases. Degrees go out as exact decimals with six places.
 */
public record GeoPoint(int latE6, int longE6) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (latE6 < -90_000_000 || latE6 > 90_000_000 || longE6 < -180_000_000 || longE6 > 180_000_000) {
            throw new IllegalArgumentException("not a position: " + latE6 + ", " + longE6);
        }
    }

    /** The nearest position in whole micro-degrees. */
    public static GeoPoint ofDegrees(double lat, double lon) {
        return new GeoPoint((int) Math.round(lat * 1e6), (int) Math.round(lon * 1e6));
    }

    public static GeoPoint ofDegrees(BigDecimal lat, BigDecimal lon) {
        return new GeoPoint(lat.movePointRight(6).setScale(0, RoundingMode.HALF_UP).intValueExact(),
                lon.movePointRight(6).setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    public BigDecimal latitude() {
        return BigDecimal.valueOf(latE6, 6);
    }

    public BigDecimal longitude() {
        return BigDecimal.valueOf(longE6, 6);
    }

    public double lat() {
        return latE6 / 1e6;
    }

    public double lon() {
        return longE6 / 1e6;
    }

    /** Great-circle distance in metres (haversine). */
    public double metresTo(GeoPoint other) {
        double p1 = Math.toRadians(lat());
        double p2 = Math.toRadians(other.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon() - lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The point this many metres north and east of this one (flat-earth step, fine over a residential area). */
    public GeoPoint offsetMetres(double north, double east) {
        double dLat = north / (Math.PI / 180 * EARTH_RADIUS_M);
        double dLon = east / (Math.PI / 180 * EARTH_RADIUS_M * Math.cos(Math.toRadians(lat())));
        return ofDegrees(lat() + dLat, lon() + dLon);
    }

    /** Whether this point lies inside the polygon (ray casting; the polygon's vertices in order, not closed). */
    public boolean inside(java.util.List<GeoPoint> polygon) {
        boolean inside = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            GeoPoint a = polygon.get(i);
            GeoPoint b = polygon.get(j);
            if ((a.latE6 > latE6) != (b.latE6 > latE6)) {
                double crossing = (double) (b.longE6 - a.longE6) * (latE6 - a.latE6) / (b.latE6 - a.latE6) + a.longE6;
                if (longE6 < crossing) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
