package org.gongzhi.shared.geo;

/**
 * WGS-84 ⇄ GCJ-02 (the datum of Chinese map services), written from the published form of the transformation: an
 * offset on the Krasovsky 1940 ellipsoid given by two polynomial-and-sine series in the distance from (35 N, 105 E).
 * Outside mainland China's rough bounding box there is no offset. The inverse has no closed form; it is found by
 * fixed-point iteration to well under a millimetre.
 */
public final class Gcj02 {

    private static final double A = 6_378_245.0;
    private static final double EE = 0.00669342162296594323;

    private Gcj02() {
    }

    /** Whether GCJ-02 leaves this point as it is (outside mainland China's bounding box). */
    public static boolean outsideChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** {lat, long} in GCJ-02 of a WGS-84 point. */
    public static double[] fromWgs84(double lat, double lon) {
        if (outsideChina(lat, lon)) {
            return new double[] {lat, lon};
        }
        double[] d = offset(lat, lon);
        return new double[] {lat + d[0], lon + d[1]};
    }

    /** {lat, long} in WGS-84 of a GCJ-02 point: the WGS-84 point whose GCJ-02 image it is. */
    public static double[] toWgs84(double lat, double lon) {
        if (outsideChina(lat, lon)) {
            return new double[] {lat, lon};
        }
        double wLat = lat;
        double wLon = lon;
        for (int i = 0; i < 30; i++) {
            double[] g = fromWgs84(wLat, wLon);
            double eLat = lat - g[0];
            double eLon = lon - g[1];
            wLat += eLat;
            wLon += eLon;
            if (Math.abs(eLat) < 1e-11 && Math.abs(eLon) < 1e-11) {
                break;
            }
        }
        return new double[] {wLat, wLon};
    }

    private static double[] offset(double lat, double lon) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = seriesLat(x, y);
        double dLon = seriesLon(x, y);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLat, dLon};
    }

    private static double seriesLat(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double seriesLon(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
