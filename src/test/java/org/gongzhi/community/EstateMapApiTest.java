package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * Issue 12, item 9: GET /api/v1/map draws the register (boundary, 15 grids, 60 buildings with their stairwells,
 * 5 landmarks) and each module's layer as this person may see it: staff every open case and finding, a resident
 * only their own reports and no patrol findings, a branch secretary their own branch's findings; anonymous nothing.
 */
class EstateMapApiTest extends IntegrationTest {

    private static final String DEMO_KEY = "demo-open311-key";

    @Autowired
    private EstateMap map;

    private String json(String username, String query) throws Exception {
        return mvc.perform(get("/api/v1/map" + query).with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private long open311At(GeoPoint point) throws Exception {
        String json = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", DEMO_KEY).param("service_code", "LITTER").param("description", "地图测试")
                        .param("lat", point.latitude().toPlainString())
                        .param("long", point.longitude().toPlainString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$[0].service_request_id")).longValue();
    }

    @Test
    void the_register_is_drawn_as_features_and_staff_see_an_open311_request_where_it_was_filed() throws Exception {
        GeoPoint door = map.of(1).orElseThrow().stairwell("AY-20-2").orElseThrow().point();
        long id = open311At(door.offsetMetres(3, 0));
        String json = json("rc.staff", "");
        assertThat((String) JsonPath.read(json, "$.type")).isEqualTo("FeatureCollection");
        assertThat((List<?>) JsonPath.read(json, "$.features[?(@.properties.kind == 'boundary')]")).hasSize(1);
        assertThat((List<?>) JsonPath.read(json, "$.features[?(@.properties.kind == 'grid')]")).hasSize(15);
        assertThat((List<?>) JsonPath.read(json, "$.features[?(@.properties.kind == 'building')]")).hasSize(60);
        assertThat((List<?>) JsonPath.read(json, "$.features[?(@.properties.kind == 'landmark')]")).hasSize(5);
        assertThat((List<String>) JsonPath.read(json, "$.features[?(@.properties.number == 20)].properties.stairwells[*].href"))
                .contains("/s/AY-20-2");
        List<Map<String, Object>> item = JsonPath.read(json,
                "$.features[?(@.properties.href == '/cases/" + id + "')]");
        assertThat(item).hasSize(1);
        assertThat(JsonPath.<String>read(item.getFirst(), "$.properties.layer")).isEqualTo("cases");
        assertThat(JsonPath.<String>read(item.getFirst(), "$.properties.place")).isEqualTo("20号楼2单元");
        List<Number> at = JsonPath.read(item.getFirst(), "$.geometry.coordinates");
        GeoPoint shown = GeoPoint.ofDegrees(at.get(1).doubleValue(), at.get(0).doubleValue());
        assertThat(shown.metresTo(door)).isLessThan(30);
        assertThat((List<?>) JsonPath.read(json, "$.features[?(@.properties.layer == 'findings')]")).isNotEmpty();
        assertThat((List<String>) JsonPath.read(json, "$.layers")).contains("cases", "findings");
    }

    @Test
    void a_resident_sees_their_own_report_and_nobody_elses_and_no_patrol_findings() throws Exception {
        String resident = ownResidentAccount("map.api.resident", 6);
        String created = mvc.perform(post("/api/v1/cases").with(as(resident)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"LITTER\",\"description\":\"地图上的我的随手拍\",\"anonymous\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long mine = ((Number) JsonPath.read(created, "$.id")).longValue();
        long other = open311At(map.of(1).orElseThrow().stairwell("AY-21-1").orElseThrow().point());
        String json = json(resident, "");
        List<String> hrefs = JsonPath.read(json, "$.features[?(@.properties.kind == 'item')].properties.href");
        assertThat(hrefs).contains("/cases/" + mine).doesNotContain("/cases/" + other);
        assertThat((List<?>) JsonPath.read(json, "$.features[?(@.properties.layer == 'findings')]")).isEmpty();
        assertThat(json(resident, "?layers=findings")).doesNotContain("/cases/");
    }

    @Test
    void a_branch_secretary_sees_the_findings_of_their_own_branch_only() throws Exception {
        List<String> hrefs = JsonPath.read(json("branch.secretary", "?layers=findings"),
                "$.features[?(@.properties.layer == 'findings')].properties.href");
        assertThat(hrefs).isNotEmpty().allMatch(h -> h.startsWith("/patrols/branches/1/"));
        List<String> all = JsonPath.read(json("rc.staff", "?layers=findings"),
                "$.features[?(@.properties.layer == 'findings')].properties.href");
        assertThat(all).anyMatch(h -> !h.startsWith("/patrols/branches/1/"));
    }

    @Test
    void gcj02_shifts_every_coordinate_and_bad_parameters_are_400_naming_the_field() throws Exception {
        String wgs = json("rc.staff", "?layers=cases");
        String gcj = json("rc.staff", "?layers=cases&coordsys=gcj02");
        assertThat((String) JsonPath.read(gcj, "$.coordsys")).isEqualTo("gcj02");
        double wLon = ((Number) JsonPath.read(wgs, "$.features[0].geometry.coordinates[0][0][0]")).doubleValue();
        double gLon = ((Number) JsonPath.read(gcj, "$.features[0].geometry.coordinates[0][0][0]")).doubleValue();
        assertThat(gLon - wLon).isBetween(0.003, 0.006);
        mvc.perform(get("/api/v1/map").param("coordsys", "bd09").with(as("rc.staff")))
                .andExpect(status().isBadRequest()).andExpect(content("coordsys"));
        mvc.perform(get("/api/v1/map").param("layers", "cases,secrets").with(as("rc.staff")))
                .andExpect(status().isBadRequest()).andExpect(content("layers"));
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(String field) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(containsString(field));
    }

    @Test
    void the_map_is_for_signed_in_people_only() throws Exception {
        int api = mvc.perform(get("/api/v1/map")).andReturn().getResponse().getStatus();
        assertThat(api).isIn(401, 403);
        mvc.perform(get("/map")).andExpect(status().is3xxRedirection());
    }

    @Test
    void the_page_lists_what_the_map_shows_and_the_layer_filter_narrows_both() throws Exception {
        mvc.perform(get("/map").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(pageHas("estate-map"))
                .andExpect(pageHas("巡查发现"))
                .andExpect(pageHas("12号楼3单元"));
        String only = mvc.perform(get("/map").param("layers", "cases").with(as("rc.staff"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(only).contains("layers=cases").doesNotContain("/patrols/branches/");
        mvc.perform(get("/webjars/leaflet/1.9.4/dist/leaflet.js")).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.ResultMatcher pageHas(String text) {
        return content(text);
    }
}
