package org.gongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.open311.Open311Fixtures.DEMO_KEY;
import static org.gongzhi.cases.open311.Open311Fixtures.children;
import static org.gongzhi.cases.open311.Open311Fixtures.text;
import static org.gongzhi.cases.open311.Open311Fixtures.xml;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Element;

import org.gongzhi.IntegrationTest;

/**
 * The public Open311 reads: a resident's report never points at a home (no stairwell, building or words of
 * theirs, only the grid, unless it is at a public landmark), numbers in published text are masked in every
 * written form, and a control character in a description still gives well-formed XML.
 */
class Open311ShowsThePublicOnlyWhatIsSafeTest extends IntegrationTest {

    private static final String BASE = "/open311/v2/";

    private long residentReport(String extra, boolean anonymous) throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"WATER_PIPE\",\"description\":\"我家301室楼上漏水，电话 +86 138-1234-5678 "
                                + UUID.randomUUID() + "\",\"anonymous\":" + anonymous + extra + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private String read(long id, String format) throws Exception {
        return mvc.perform(get(BASE + "requests/" + id + "." + format)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void a_residents_report_at_home_shows_only_its_grid_and_the_service_name() throws Exception {
        StringBuilder ids = new StringBuilder();
        for (boolean anonymous : new boolean[] {true, false}) {
            long id = residentReport("", anonymous);
            ids.append(ids.isEmpty() ? "" : ",").append(id);
            String stairwell = jdbc.sql("select place_code from work_order where id = ?").param(id)
                    .query(String.class).single();
            assertThat(stairwell).isEqualTo("AY-1-1");
            String json = read(id, "json");
            assertThat(json).doesNotContain("AY-1-1", "1号楼", "301室", "138-1234", "漏水");
            assertThat((String) JsonPath.read(json, "$[0].address")).matches("第\\d+网格，奥园居民区，九里亭街道");
            assertThat((Object) JsonPath.read(json, "$[0].address_id")).isNull();
            assertThat((String) JsonPath.read(json, "$[0].description")).isEqualTo("供水管道");
            Element request = children(xml(read(id, "xml"))).getFirst();
            assertThat(text(request, "address_id")).isEmpty();
            assertThat(text(request, "address")).startsWith("第");
        }
        mvc.perform(get(BASE + "requests.json").param("service_request_id", ids.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].address_id", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.nullValue())));
        String recent = mvc.perform(get(BASE + "requests.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(recent).doesNotContain("我家301室");
    }

    @Test
    void a_residents_report_at_a_public_landmark_names_the_landmark() throws Exception {
        long id = residentReport(",\"placeKind\":\"LANDMARK\",\"landmark\":\"SWAN_LAKE\"", true);
        String json = read(id, "json");
        assertThat((String) JsonPath.read(json, "$[0].address")).startsWith("天鹅湖，");
        assertThat(json).doesNotContain("138-1234", "301室");
    }

    @Test
    void a_control_character_in_a_description_still_gives_well_formed_xml_with_the_number_masked()
            throws Exception {
        String body = mvc.perform(post(BASE + "requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", DEMO_KEY).param("service_code", "LITTER")
                        .param("address_string", "天鹅湖")
                        .param("description", "垃圾\u0001没清\u0008\u001B\uFFFE，电话 １３８ １２３４ ５６７８\t好"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$[0].service_request_id")).longValue();

        Element request = children(xml(read(id, "xml"))).getFirst();
        assertThat(text(request, "description")).isEqualTo("垃圾没清，电话 138****5678\t好");
        Element all = xml(mvc.perform(get(BASE + "requests.xml")).andReturn().getResponse().getContentAsString());
        assertThat(children(all)).isNotEmpty();
        assertThat((String) JsonPath.read(read(id, "json"), "$[0].description")).contains("138****5678")
                .doesNotContain("１２３４");
    }
}
