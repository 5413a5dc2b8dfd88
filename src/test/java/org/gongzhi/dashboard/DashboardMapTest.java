package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/**
 * The dashboard's map says what its table says: each building carries its grid's share of households for the
 * measure (as the dashboard API gives it for the same days), in the fifth of the range the rule puts it; in a grid,
 * each of its stairwells does; a branch secretary's map colours only their grids; a bad measure is 400, a
 * community not on the map 404.
 */
class DashboardMapTest extends IntegrationTest {

    private String json(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The dashboard API's share (per mille of households) of each grid, or of each stairwell of one grid. */
    private Map<String, Integer> shares(String user, String query, String list) throws Exception {
        String figures = json(user, "/api/v1/dashboard?measure=VOTED" + query);
        List<String> keys = JsonPath.read(figures, "$." + list + "[*].key");
        Map<String, Integer> shares = new HashMap<>();
        for (String key : keys) {
            List<Integer> value = JsonPath.read(figures, "$." + list + "[?(@.key == '" + key
                    + "')].taking.VOTED.householdsPerMille");
            shares.put(key, value.getFirst());
        }
        return shares;
    }

    private static int band(int perMille, int highest) {
        return highest == 0 ? 0 : Math.min(4, perMille * 5 / highest);
    }

    @Test
    void buildings_carry_their_grid_s_share_in_its_band() throws Exception {
        Map<String, Integer> grids = shares("rc.staff", "", "byGrid");
        int highest = grids.values().stream().filter(v -> v != null).mapToInt(Integer::intValue).max().orElseThrow();
        String map = json("rc.staff", "/api/v1/dashboard/map?measure=VOTED");
        assertThat((List<Object>) JsonPath.read(map, "$.breaks")).hasSize(6);
        assertThat((Integer) JsonPath.read(map, "$.breaks[5]")).isEqualTo(highest);
        List<Map<String, Object>> buildings = JsonPath.read(map, "$.features[?(@.properties.kind == 'building')]"
                + ".properties");
        long located = jdbc.sql("""
                select count(distinct s.building_id) from stairwell s join building b on b.id = s.building_id
                where s.community_id = 1 and s.lat_e6 is not null and b.lat_e6 is not null""")
                .query(Long.class).single();
        assertThat(buildings).hasSize((int) located);
        Set<Integer> bands = new HashSet<>();
        for (Map<String, Object> b : buildings) {
            Integer share = grids.get(String.valueOf(b.get("grid")));
            assertThat(b.get("perMille")).as("building %s", b.get("key")).isEqualTo(share);
            if (share != null) {
                assertThat(b.get("band")).isEqualTo(band(share, highest));
                assertThat((String) b.get("href")).startsWith("/dashboard/grids/" + b.get("grid") + "?");
                bands.add((Integer) b.get("band"));
            }
        }
        assertThat(bands).as("the highest share is in the darkest band").contains(4);
        mvc.perform(get("/dashboard").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/dashboard/map?")));
    }

    @Test
    void a_grid_s_stairwells_carry_their_own_share() throws Exception {
        Map<String, Integer> stairwells = shares("rc.staff", "&grid=2", "byStairwell");
        String map = json("rc.staff", "/api/v1/dashboard/map?measure=VOTED&grid=2");
        List<Map<String, Object>> doors = JsonPath.read(map, "$.features[?(@.properties.kind == 'stairwell')]"
                + ".properties");
        assertThat(doors).isNotEmpty();
        for (Map<String, Object> d : doors) {
            assertThat(d.get("grid")).isEqualTo(2);
            assertThat(d.get("perMille")).isEqualTo(stairwells.get((String) d.get("key")));
            assertThat(d.get("href")).isEqualTo("/s/" + d.get("key"));
        }
        List<Integer> buildingGrids = JsonPath.read(map, "$.features[?(@.properties.kind == 'building')]"
                + ".properties.grid");
        assertThat(buildingGrids).isNotEmpty();
    }

    @Test
    void a_branch_secretary_s_map_colours_only_their_grids() throws Exception {
        Set<String> theirs = shares("branch.secretary", "", "byGrid").keySet();
        String map = json("branch.secretary", "/api/v1/dashboard/map?measure=VOTED");
        List<Map<String, Object>> buildings = JsonPath.read(map, "$.features[?(@.properties.kind == 'building')]"
                + ".properties");
        assertThat(buildings).anyMatch(b -> !theirs.contains(String.valueOf(b.get("grid"))));
        for (Map<String, Object> b : buildings) {
            assertThat(b.containsKey("band")).as("building %s", b.get("key"))
                    .isEqualTo(theirs.contains(String.valueOf(b.get("grid"))));
        }
    }

    @Test
    void a_bad_measure_is_named_and_a_community_off_the_map_has_none() throws Exception {
        mvc.perform(get("/api/v1/dashboard/map?measure=DANCED").with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("measure")));
        mvc.perform(get("/api/v1/dashboard/map").with(as("resident"))).andExpect(status().isForbidden());
        // only Aoyuan is drawn on the map in the demo: 涞亭 has no boundary yet
        mvc.perform(get("/api/v1/dashboard/map").with(as("rc.staff.laiting"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").with(as("rc.staff.laiting"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("dashboard-map"))));
    }
}
