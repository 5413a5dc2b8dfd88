package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * Issue 12: the report form takes a point picked on the map and places it by the rule Open311 follows; the duplicate
 * hint is by distance, nearest first with the distance, in the page and in {@code GET /api/v1/cases/nearby}; a point
 * outside the community is a field error that keeps what was chosen.
 */
class NearbyReportsTest extends IntegrationTest {

    @Autowired
    private EstateMap map;

    private Estate estate() {
        return map.of(1).orElseThrow();
    }

    private long report(String user, String category, String stairwell, String description) throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"" + category + "\",\"description\":\"" + description
                                + "\",\"stairwellCode\":\"" + stairwell + "\",\"placeKind\":\"STAIRWELL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void open_reports_within_a_hundred_metres_are_offered_nearest_first_with_their_distance() throws Exception {
        Estate estate = estate();
        GeoPoint here = estate.stairwell("AY-27-1").orElseThrow().point();
        String far = estate.buildings().stream().flatMap(b -> b.stairwells().stream())
                .filter(d -> d.point().metresTo(here) > 180).findFirst().orElseThrow().code();
        String near = estate.buildings().stream().flatMap(b -> b.stairwells().stream())
                .filter(d -> d.point().metresTo(here) > 20 && d.point().metresTo(here) < 90).findFirst()
                .orElseThrow().code();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String reporter = ownResidentAccount("nearby.reporter", 6);
        long atDoor = report(reporter, "GREENERY", "AY-27-1", "树枝压到电线 " + tag);
        long nearBy = report(reporter, "GREENERY", near, "绿化带被踩坏 " + tag);
        long farAway = report(reporter, "GREENERY", far, "草坪秃了 " + tag);

        String json = mvc.perform(get("/api/v1/cases/nearby").with(as("rc.staff")).param("category", "GREENERY")
                        .param("lat", here.latitude().toPlainString()).param("long", here.longitude().toPlainString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.kind").value("STAIRWELL"))
                .andExpect(jsonPath("$.place.code").value("AY-27-1"))
                .andExpect(jsonPath("$.placeName").value("27号楼1单元"))
                .andExpect(jsonPath("$.placedMetres").value(0))
                .andExpect(jsonPath("$.withinMetres").value(NearbyReports.WITHIN_M))
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(json, "$.reports[*].report.id");
        List<Integer> metres = JsonPath.read(json, "$.reports[*].metres");
        assertThat(ids.stream().map(Number::longValue).toList()).contains(atDoor, nearBy).doesNotContain(farAway);
        assertThat(metres).isSorted().allMatch(m -> m <= NearbyReports.WITHIN_M);
        int doorAt = ids.stream().map(Number::longValue).toList().indexOf(atDoor);
        assertThat(metres.get(doorAt)).isZero();
        int nearAt = ids.stream().map(Number::longValue).toList().indexOf(nearBy);
        assertThat(metres.get(nearAt)).isEqualTo((int) Math.round(here.metresTo(
                estate.stairwell(near).orElseThrow().point())));
        assertThat(JsonPath.<List<String>>read(json, "$.reports[*].report.category")).containsOnly("GREENERY");

    }

    @Test
    void the_page_offers_nearby_reports_with_their_distance_for_a_stairwell_chosen_from_the_list() throws Exception {
        // the grid's branch secretary sees the grid's cases; a resident only their own
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long atDoor = report(ownResidentAccount("nearby.neighbour", 1), "STRAY_FEEDING", "AY-1-1",
                "楼道口有人喂流浪猫 " + tag);
        mvc.perform(get("/report").with(as("branch.secretary")).param("category", "STRAY_FEEDING")
                        .param("placeKind", "STAIRWELL").param("stairwellCode", "AY-1-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("楼道口有人喂流浪猫 " + tag)))
                .andExpect(content().string(containsString("/cases/" + atDoor + "/me-too")))
                .andExpect(content().string(containsString("约 0 米")));
    }

    @Test
    void a_point_picked_on_the_map_is_placed_at_the_nearest_door_and_the_report_is_filed_there() throws Exception {
        GeoPoint door = estate().stairwell("AY-21-2").orElseThrow().point().offsetMetres(3, 2);
        String resident = ownResidentAccount("nearby.picker", 7);
        mvc.perform(get("/report").with(as(resident)).param("category", "BROKEN_LIGHT")
                        .param("lat", door.latitude().toPlainString()).param("long", door.longitude().toPlainString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21号楼2单元")))
                .andExpect(content().string(containsString("name=\"stairwellCode\" value=\"AY-21-2\"")))
                .andExpect(content().string(containsString("name=\"lat\" value=\"" + door.latitude().toPlainString())));

        String description = "21号楼2单元门口路灯不亮 " + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(post("/report").with(as(resident)).with(csrf()).param("category", "BROKEN_LIGHT")
                        .param("description", description).param("placeKind", "BUILDING").param("buildingNumber", "3")
                        .param("lat", door.latitude().toPlainString()).param("long", door.longitude().toPlainString()))
                .andExpect(redirectedUrlPattern("/cases/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/cases/".length()));
        assertThat(jdbc.sql("select place_kind || ' ' || place_code from work_order where id = ?").param(id)
                .query(String.class).single()).isEqualTo("STAIRWELL AY-21-2");

        // the JSON API takes the same point
        String json = mvc.perform(post("/api/v1/cases").with(as(resident)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"BROKEN_LIGHT\",\"description\":\"" + description + " 2\",\"lat\":\""
                                + door.latitude().toPlainString() + "\",\"long\":\"" + door.longitude().toPlainString()
                                + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.place.code")).isEqualTo("AY-21-2");
    }

    @Test
    void a_point_outside_the_community_is_a_field_error_and_nothing_chosen_is_lost() throws Exception {
        String resident = ownResidentAccount("nearby.picker", 7);
        mvc.perform(get("/report").with(as(resident)).param("category", "NOISE").param("placeKind", "STAIRWELL")
                        .param("stairwellCode", "AY-5-1").param("lat", "31.000000").param("long", "122.500000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所选位置不在本小区范围内")))
                .andExpect(content().string(containsString("地图上的位置")))
                .andExpect(content().string(containsString("value=\"NOISE\" selected")))
                .andExpect(content().string(containsString("name=\"stairwellCode\" value=\"AY-5-1\"")))
                .andExpect(content().string(containsString("name=\"lat\" id=\"f-point-lat\" value=\"31.000000\"")));

        long before = jdbc.sql("select count(*) from work_order where description like 'sea %'").query(Long.class)
                .single();
        mvc.perform(post("/report").with(as(resident)).with(csrf()).param("category", "NOISE")
                        .param("description", "sea " + UUID.randomUUID()).param("placeKind", "STAIRWELL")
                        .param("lat", "31.000000").param("long", "122.500000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所选位置不在本小区范围内")));
        assertThat(jdbc.sql("select count(*) from work_order where description like 'sea %'").query(Long.class)
                .single()).isEqualTo(before);

        mvc.perform(get("/api/v1/cases/nearby").with(as(resident)).param("lat", "31.0").param("long", "122.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不在本小区范围内")));
        mvc.perform(get("/api/v1/cases/nearby").with(as(resident)).param("lat", "31.1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"));
    }
}
