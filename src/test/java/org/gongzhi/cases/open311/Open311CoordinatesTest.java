package org.gongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gongzhi.cases.open311.Open311Fixtures.DEMO_KEY;
import static org.gongzhi.cases.open311.Open311Fixtures.children;
import static org.gongzhi.cases.open311.Open311Fixtures.text;
import static org.gongzhi.cases.open311.Open311Fixtures.xml;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.w3c.dom.Element;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.shared.geo.Gcj02;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * Issue 12, item 8: Open311 takes lat/long. A point inside the boundary is placed at the nearest stairwell door or
 * landmark, a point outside is a 400 that says so and files nothing, GCJ-02 comes in and goes out with
 * coordsys=gcj02, and requests answer with their lat/long — a resident's report at home only at its grid's centre.
 */
class Open311CoordinatesTest extends IntegrationTest {

    private static final String BASE = "/open311/v2/";

    @Autowired
    private EstateMap map;

    private ResultActions file(String... params) throws Exception {
        var request = post(BASE + "requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", DEMO_KEY).param("service_code", "LITTER")
                .param("description", "坐标测试 " + System.nanoTime());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long filedAt(GeoPoint point, String... more) throws Exception {
        String[] params = new String[4 + more.length];
        params[0] = "lat";
        params[1] = point.latitude().toPlainString();
        params[2] = "long";
        params[3] = point.longitude().toPlainString();
        System.arraycopy(more, 0, params, 4, more.length);
        String json = file(params).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$[0].service_request_id")).longValue();
    }

    private Estate estate() {
        return map.of(1).orElseThrow();
    }

    private String placeOf(long id) {
        return jdbc.sql("select place_kind || ':' || place_code from work_order where id = ?").param(id)
                .query(String.class).single();
    }

    @Test
    void the_demo_estate_lies_in_jiuliting_and_every_door_and_landmark_is_inside_its_boundary() {
        Estate estate = estate();
        assertThat(estate.buildings()).hasSize(60);
        assertThat(estate.buildings().stream().mapToInt(b -> b.stairwells().size()).sum()).isEqualTo(337);
        assertThat(estate.landmarks()).hasSize(5);
        assertThat(estate.grids()).hasSize(15);
        GeoPoint jiuliting = new GeoPoint(31_133_000, 121_312_000);
        estate.buildings().forEach(b -> {
            assertThat(estate.contains(b.centre())).as("building " + b.number()).isTrue();
            b.outline().forEach(corner -> assertThat(estate.contains(corner)).as("corner of " + b.number()).isTrue());
            b.stairwells().forEach(d -> assertThat(estate.contains(d.point())).as(d.code()).isTrue());
            assertThat(b.centre().metresTo(jiuliting)).isLessThan(500);
        });
        estate.landmarks().forEach(l -> assertThat(estate.contains(l.point())).as(l.landmark().name()).isTrue());
    }

    @Test
    void the_stairwell_card_carries_its_buildings_lat_and_long() throws Exception {
        Estate.Building twelve = estate().building(12).orElseThrow();
        mvc.perform(get("/api/v1/stairwells/AY-12-3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lat").value(twelve.centre().latitude().doubleValue()))
                .andExpect(jsonPath("$.long").value(twelve.centre().longitude().doubleValue()));
    }

    @Test
    void a_point_near_a_door_is_placed_at_that_stairwell_and_answers_with_its_own_lat_and_long() throws Exception {
        GeoPoint door = estate().stairwell("AY-12-3").orElseThrow().point();
        GeoPoint point = door.offsetMetres(4, 2);
        long id = filedAt(point);
        assertThat(placeOf(id)).isEqualTo("STAIRWELL:AY-12-3");
        mvc.perform(get(BASE + "requests/" + id + ".json"))
                .andExpect(jsonPath("$[0].address_id").value("AY-12-3"))
                .andExpect(jsonPath("$[0].lat").value(point.latitude().doubleValue()))
                .andExpect(jsonPath("$[0].long").value(point.longitude().doubleValue()));
        Element request = children(xml(mvc.perform(get(BASE + "requests/" + id + ".xml")).andReturn().getResponse()
                .getContentAsString())).getFirst();
        assertThat(new BigDecimal(text(request, "lat"))).isEqualByComparingTo(point.latitude());
        assertThat(new BigDecimal(text(request, "long"))).isEqualByComparingTo(point.longitude());
    }

    @Test
    void a_point_at_swan_lake_is_placed_at_the_landmark_in_grid_five() throws Exception {
        Estate.LandmarkAt lake = estate().landmark("SWAN_LAKE").orElseThrow();
        long id = filedAt(lake.point().offsetMetres(-5, 3));
        assertThat(placeOf(id)).isEqualTo("LANDMARK:SWAN_LAKE");
        mvc.perform(get("/api/v1/cases/" + id).with(as("rc.staff"))).andExpect(jsonPath("$.gridNumber").value(5));
    }

    @Test
    void the_nearest_place_wins_and_an_address_given_too_is_kept() throws Exception {
        Estate estate = estate();
        GeoPoint between = estate.stairwell("AY-30-1").orElseThrow().point().offsetMetres(0, 4);
        assertThat(estate.nearest(between, Estate.NEAREST_WITHIN_M).orElseThrow().code()).isEqualTo("AY-30-1");
        long id = filedAt(between, "address_id", "AY-2-1");
        assertThat(placeOf(id)).isEqualTo("STAIRWELL:AY-2-1");
    }

    @Test
    void a_point_outside_the_boundary_is_a_400_that_says_so_and_files_nothing() throws Exception {
        long before = jdbc.sql("select count(*) from work_order").query(Long.class).single();
        GeoPoint southGate = estate().landmark("SOUTH_GATE").orElseThrow().point();
        for (GeoPoint outside : new GeoPoint[] {new GeoPoint(31_200_000, 121_400_000), southGate.offsetMetres(-60, 0),
                new GeoPoint(0, 0)}) {
            file("lat", outside.latitude().toPlainString(), "long", outside.longitude().toPlainString())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$[0].code").value(400))
                    .andExpect(jsonPath("$[0].description").value(containsString("outside the community's boundary")));
        }
        file("lat", "thirty-one", "long", "121.312").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("lat must be decimal degrees")));
        file("lat", "31.133").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("long was not provided")));
        file("lat", "91", "long", "121.312").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("lat must lie between")));
        file("lat", "31.133", "long", "121.312", "coordsys", "bd09").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("coordsys")));
        assertThat(jdbc.sql("select count(*) from work_order").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void gcj02_comes_in_and_goes_out_with_coordsys() throws Exception {
        GeoPoint door = estate().stairwell("AY-11-2").orElseThrow().point();
        double[] gcj = Gcj02.fromWgs84(door.lat(), door.lon());
        assertThat(GeoPoint.ofDegrees(gcj[0], gcj[1]).metresTo(door)).isGreaterThan(200);
        String json = file("lat", String.format("%.7f", gcj[0]), "long", String.format("%.7f", gcj[1]),
                "coordsys", "gcj02").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$[0].service_request_id")).longValue();
        assertThat(placeOf(id)).isEqualTo("STAIRWELL:AY-11-2");
        String wgs = mvc.perform(get(BASE + "requests/" + id + ".json")).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(wgs, "$[0].lat")).doubleValue()).isCloseTo(door.lat(), within(2e-6));
        String out = mvc.perform(get(BASE + "requests/" + id + ".json").param("coordsys", "gcj02")).andReturn()
                .getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(out, "$[0].lat")).doubleValue()).isCloseTo(gcj[0], within(2e-6));
        assertThat(((Number) JsonPath.read(out, "$[0].long")).doubleValue()).isCloseTo(gcj[1], within(2e-6));
        // the same GCJ-02 numbers read as WGS-84 lie some 500 m off, south of the estate, outside it
        file("lat", String.format("%.7f", gcj[0]), "long", String.format("%.7f", gcj[1]))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_residents_report_at_home_is_shown_at_its_grids_centre_not_at_the_stairwell() throws Exception {
        String reporter = ownResidentAccount("map.open311.reporter", 3);
        String json = mvc.perform(post("/api/v1/cases").with(as(reporter)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"WATER_PIPE\",\"description\":\"楼道漏水\",\"anonymous\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String code = jdbc.sql("select place_code from work_order where id = ?").param(id).query(String.class).single();
        Estate estate = estate();
        GeoPoint door = estate.stairwell(code).orElseThrow().point();
        GeoPoint centre = estate.grid(3).orElseThrow().centre();
        String answer = mvc.perform(get(BASE + "requests/" + id + ".json")).andReturn().getResponse()
                .getContentAsString();
        GeoPoint shown = GeoPoint.ofDegrees(new BigDecimal(JsonPath.read(answer, "$[0].lat").toString()),
                new BigDecimal(JsonPath.read(answer, "$[0].long").toString()));
        assertThat(shown).isEqualTo(centre).isNotEqualTo(door);
    }
}
