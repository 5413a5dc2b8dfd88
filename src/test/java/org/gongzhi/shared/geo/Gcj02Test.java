package org.gongzhi.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The conversion against published reference pairs (the test vectors the eviltransform implementations share:
 * Shanghai, Shenzhen, Beijing), identity outside China, and the inverse recovering the WGS-84 point.
 */
class Gcj02Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Shanghai, 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
            "Shenzhen, 22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
            "Beijing, 39.911954, 116.377817, 39.91334545536069, 116.38404722455657"})
    void wgs84_to_gcj02_matches_the_published_pairs(String city, double wLat, double wLon, double gLat, double gLon) {
        double[] gcj = Gcj02.fromWgs84(wLat, wLon);
        assertThat(gcj[0]).as(city + " lat").isCloseTo(gLat, within(1e-9));
        assertThat(gcj[1]).as(city + " long").isCloseTo(gLon, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Shanghai, 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
            "Shenzhen, 22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
            "Beijing, 39.911954, 116.377817, 39.91334545536069, 116.38404722455657"})
    void gcj02_to_wgs84_recovers_the_published_point(String city, double wLat, double wLon, double gLat, double gLon) {
        double[] wgs = Gcj02.toWgs84(gLat, gLon);
        assertThat(wgs[0]).as(city + " lat").isCloseTo(wLat, within(1e-8));
        assertThat(wgs[1]).as(city + " long").isCloseTo(wLon, within(1e-8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Denver, 39.7392, -104.9903", "Brisbane, -27.4698, 153.0251", "Rio de Janeiro, -22.9068, -43.1729",
            "Tokyo (east of the box), 35.6895, 139.6917"})
    void outside_china_both_ways_are_the_identity(String city, double lat, double lon) {
        assertThat(Gcj02.fromWgs84(lat, lon)).containsExactly(lat, lon);
        assertThat(Gcj02.toWgs84(lat, lon)).containsExactly(lat, lon);
    }

    @Test
    void at_aoyuan_the_offset_is_a_few_hundred_metres_and_coordsys_round_trips_to_the_micro_degree() {
        GeoPoint aoyuan = new GeoPoint(31_133_000, 121_312_000);
        GeoPoint gcj = CoordinateSystem.GCJ02.fromWgs84(aoyuan);
        assertThat(aoyuan.metresTo(gcj)).isBetween(300.0, 700.0);
        assertThat(CoordinateSystem.GCJ02.toWgs84(gcj.lat(), gcj.lon())).isEqualTo(aoyuan);
        assertThat(CoordinateSystem.WGS84.fromWgs84(aoyuan)).isEqualTo(aoyuan);
        assertThat(CoordinateSystem.parse(" GCJ02 ")).contains(CoordinateSystem.GCJ02);
        assertThat(CoordinateSystem.parse(null)).contains(CoordinateSystem.WGS84);
        assertThat(CoordinateSystem.parse("bd09")).isEmpty();
    }

    @Test
    void positions_are_exact_micro_degrees_with_distance_and_polygon_tests() {
        GeoPoint p = GeoPoint.ofDegrees(new BigDecimal("31.1330004"), new BigDecimal("121.312"));
        assertThat(p).isEqualTo(new GeoPoint(31_133_000, 121_312_000));
        assertThat(p.latitude()).isEqualByComparingTo("31.133000");
        assertThat(p.latitude().toPlainString()).isEqualTo("31.133000");
        GeoPoint north = p.offsetMetres(100, 0);
        GeoPoint east = p.offsetMetres(0, 100);
        assertThat(p.metresTo(north)).isCloseTo(100, within(0.5));
        assertThat(p.metresTo(east)).isCloseTo(100, within(0.5));
        List<GeoPoint> square = List.of(p.offsetMetres(-50, -50), p.offsetMetres(-50, 50), p.offsetMetres(50, 50),
                p.offsetMetres(50, -50));
        assertThat(p.inside(square)).isTrue();
        assertThat(north.inside(square)).isFalse();
        assertThat(east.inside(square)).isFalse();
    }
}
