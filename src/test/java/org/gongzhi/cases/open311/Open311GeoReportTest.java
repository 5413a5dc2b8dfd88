package org.gongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.cases.open311.Open311Fixtures.DEMO_KEY;
import static org.gongzhi.cases.open311.Open311Fixtures.children;
import static org.gongzhi.cases.open311.Open311Fixtures.names;
import static org.gongzhi.cases.open311.Open311Fixtures.text;
import static org.gongzhi.cases.open311.Open311Fixtures.xml;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.w3c.dom.Element;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CaseCategory;

/** Open311 GeoReport v2, field by field against the spec, in JSON and in XML. */
class Open311GeoReportTest extends IntegrationTest {

    private static final String BASE = "/open311/v2/";
    private static final String W3 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
            "lat", "long", "media_url");

    private ResultActions file(String format, String... params) throws Exception {
        var request = post(BASE + "requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long filed(String serviceCode, String address) throws Exception {
        String json = file("json", "api_key", DEMO_KEY, "service_code", serviceCode, "address_string", address,
                "description", "Open311 测试 " + System.nanoTime())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$[0].service_request_id")).longValue();
    }

    private ResultActions requests(String... params) throws Exception {
        MockHttpServletRequestBuilder request = get(BASE + "requests.json");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    @Test
    void discovery_names_the_georeport_v2_endpoint_and_both_formats() throws Exception {
        mvc.perform(get(BASE + "discovery.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.changeset").value(matchesPattern(W3)))
                .andExpect(jsonPath("$.contact").value(containsString("奥园居民区")))
                .andExpect(jsonPath("$.key_service").isString())
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].url").value(endsWith("/open311/v2")))
                .andExpect(jsonPath("$.endpoints[0].type").value("production"))
                .andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"))
                .andExpect(jsonPath("$.endpoints[0].formats[1]").value("application/json"));
        String body = mvc.perform(get(BASE + "discovery.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        Element discovery = xml(body);
        assertThat(discovery.getTagName()).isEqualTo("discovery");
        assertThat(names(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoint = children(children(discovery).get(3)).getFirst();
        assertThat(endpoint.getTagName()).isEqualTo("endpoint");
        assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(names(children(endpoint).get(4))).containsExactly("format", "format");
    }

    @Test
    void the_service_list_has_one_realtime_service_per_case_category() throws Exception {
        mvc.perform(get(BASE + "services.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(CaseCategory.values().length)))
                .andExpect(jsonPath("$[0].service_code").value("BROKEN_LIGHT"))
                .andExpect(jsonPath("$[0].service_name").value("公共照明损坏"))
                .andExpect(jsonPath("$[0].description").value(containsString("72 小时")))
                .andExpect(jsonPath("$[0].metadata").value(false))
                .andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].keywords").value(containsString("路灯")))
                .andExpect(jsonPath("$[0].group").value("设施维修"))
                .andExpect(jsonPath("$[*].type", everyItem(is("realtime"))));
        Element services = xml(mvc.perform(get(BASE + "services.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(services.getTagName()).isEqualTo("services");
        assertThat(children(services)).hasSize(CaseCategory.values().length);
        Element lake = children(services).get(CaseCategory.SWAN_LAKE.ordinal());
        assertThat(names(lake)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
        assertThat(text(lake, "service_code")).isEqualTo("SWAN_LAKE");
        assertThat(text(lake, "metadata")).isEqualTo("false");
    }

    @Test
    void a_service_definition_has_no_attributes_and_an_unknown_service_is_404() throws Exception {
        mvc.perform(get(BASE + "services/SWAN_LAKE.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("SWAN_LAKE"))
                .andExpect(jsonPath("$.attributes", hasSize(0)));
        Element definition = xml(mvc.perform(get(BASE + "services/SWAN_LAKE.xml"))
                .andReturn().getResponse().getContentAsString());
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(names(definition)).containsExactly("service_code", "attributes");
        mvc.perform(get(BASE + "services/POTHOLE.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value(containsString("POTHOLE")));
    }

    @Test
    void a_request_filed_with_the_demo_key_becomes_a_reported_case_that_staff_see() throws Exception {
        String body = file("json", "api_key", DEMO_KEY, "service_code", "SWAN_LAKE", "address_string", "天鹅湖",
                "description", "湖边有人投喂面包，联系 13812345678", "first_name", "晓明", "last_name", "欧阳",
                "phone", "13987654321", "email", "ouyang@example.cn", "media_url", "https://city.example/p/1.jpg")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_notice").value(containsString("48 小时")))
                .andExpect(jsonPath("$[0]", hasKey("account_id")))
                .andExpect(jsonPath("$[0].account_id").value(nullValue()))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$[0].service_request_id")).longValue();

        mvc.perform(get(BASE + "requests/" + id + ".json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_request_id").value(id))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].status_notes").value("待受理"))
                .andExpect(jsonPath("$[0].service_name").value("天鹅湖喂食与垃圾"))
                .andExpect(jsonPath("$[0].service_code").value("SWAN_LAKE"))
                .andExpect(jsonPath("$[0].description").value("湖边有人投喂面包，联系 138****5678"))
                .andExpect(jsonPath("$[0].agency_responsible").value(nullValue()))
                .andExpect(jsonPath("$[0].requested_datetime").value(matchesPattern(W3)))
                .andExpect(jsonPath("$[0].updated_datetime").value(matchesPattern(W3)))
                .andExpect(jsonPath("$[0].expected_datetime").value(nullValue()))
                .andExpect(jsonPath("$[0].address").value("天鹅湖，奥园居民区，九里亭街道"))
                .andExpect(jsonPath("$[0].address_id").value(nullValue()))
                .andExpect(jsonPath("$[0].zipcode").value("201600"))
                .andExpect(jsonPath("$[0]", hasKey("lat")))
                .andExpect(jsonPath("$[0]", hasKey("long")))
                .andExpect(jsonPath("$[0]", hasKey("expected_datetime")))
                .andExpect(jsonPath("$[0].lat").value(closeTo(31.133, 0.01)))
                .andExpect(jsonPath("$[0].long").value(closeTo(121.312, 0.01)))
                .andExpect(jsonPath("$[0].media_url").value("https://city.example/p/1.jpg"))
                .andExpect(content().string(not(containsString("欧阳"))))
                .andExpect(content().string(not(containsString("13987654321"))))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(not(containsString("example.cn"))));

        mvc.perform(get("/api/v1/cases").param("state", "REPORTED").param("category", "SWAN_LAKE")
                        .param("size", "100").with(as("rc.staff")))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/cases/" + id).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andExpect(jsonPath("$.place.code").value("SWAN_LAKE"))
                .andExpect(jsonPath("$.gridNumber").value(5))
                .andExpect(jsonPath("$.reporterName").value(nullValue()))
                .andExpect(jsonPath("$.timeline[0].actor").value("Open311 · 演示密钥"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OPEN311_REQUEST_CREATED' "
                + "and subject_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_dispatched_case_shows_its_agency_and_its_deadline_as_expected_datetime() throws Exception {
        long id = filed("BROKEN_LIGHT", "12号楼3单元");
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"DISPATCH\",\"party\":\"PROPERTY_COMPANY\"}"))
                .andExpect(status().isOk());
        OffsetDateTime deadline = jdbc.sql("select deadline from work_order where id = ?").param(id)
                .query(OffsetDateTime.class).single();
        Element request = children(xml(mvc.perform(get(BASE + "requests/" + id + ".xml"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())).getFirst();
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "status_notes")).isEqualTo("已派遣");
        assertThat(text(request, "agency_responsible")).isEqualTo("物业公司");
        assertThat(OffsetDateTime.parse(text(request, "expected_datetime")))
                .isEqualTo(deadline.truncatedTo(ChronoUnit.SECONDS));
        assertThat(text(request, "address")).isEqualTo("12号楼3单元，奥园居民区，九里亭街道");
        assertThat(text(request, "address_id")).isEqualTo("AY-12-3");
        assertThat(text(request, "zipcode")).isEqualTo("201600");
        assertThat(text(request, "lat")).matches("31\\.1\\d{5}");
        assertThat(text(request, "long")).matches("121\\.3\\d{5}");
    }

    @Test
    void requests_are_filtered_by_id_service_code_dates_and_status() throws Exception {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        long open = filed("NOISE", "AY-2-1");
        long closed = filed("NOISE", "3号楼");
        mvc.perform(post("/api/v1/cases/" + closed + "/transitions").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"REJECT\",\"reason\":\"重复\"}"))
                .andExpect(status().isOk());
        String since = before.toString();

        requests("service_request_id", open + "," + closed, "service_code", "LITTER", "status", "open")
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].service_request_id").value(closed))
                .andExpect(jsonPath("$[0].status").value("closed"))
                .andExpect(jsonPath("$[0].status_notes").value("不予受理"))
                .andExpect(jsonPath("$[1].service_request_id").value(open));
        requests("service_code", "NOISE", "start_date", since)
                .andExpect(jsonPath("$[*].service_code", everyItem(is("NOISE"))))
                .andExpect(jsonPath("$[*].service_request_id", hasItem((int) open)));
        requests("service_code", "LITTER,GREENERY", "start_date", since)
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem((int) open))));
        requests("status", "closed", "start_date", since)
                .andExpect(jsonPath("$[*].status", everyItem(is("closed"))))
                .andExpect(jsonPath("$[*].service_request_id", hasItem((int) closed)))
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem((int) open))));
        requests("status", "open", "start_date", since)
                .andExpect(jsonPath("$[*].status", everyItem(is("open"))))
                .andExpect(jsonPath("$[*].service_request_id", hasItem((int) open)))
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem((int) closed))));
        requests("end_date", before.toString())
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem((int) open))));
        requests().andExpect(jsonPath("$[*].service_request_id", hasItem((int) open)));
        requests("start_date", before.minusDays(100).toString(), "end_date", before.minusDays(95).toString())
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem((int) open))));
    }

    @Test
    void broken_filters_are_400_in_the_spec_error_format() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        mvc.perform(get(BASE + "requests.json").param("start_date", now.minusDays(91).toString())
                        .param("end_date", now.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(containsString("90 days")));
        mvc.perform(get(BASE + "requests.json").param("start_date", "yesterday"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(BASE + "requests.json").param("status", "pending")).andExpect(status().isBadRequest());
        mvc.perform(get(BASE + "requests.json").param("service_code", "POTHOLE")).andExpect(status().isBadRequest());
        mvc.perform(get(BASE + "requests.json").param("service_request_id", "x1")).andExpect(status().isBadRequest());
    }

    @Test
    void the_public_list_never_names_a_reporter() throws Exception {
        List<String> reporters = jdbc.sql("""
                select distinct r.name from work_order w join resident r on r.id = w.reporter_resident_id
                where w.reported_at > ?""").param(OffsetDateTime.now().minusDays(90)).query(String.class).list();
        assertThat(reporters).isNotEmpty();
        String body = requests().andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("reporter").doesNotContain("anonymous");
        for (String name : reporters) {
            assertThat(body).doesNotContain("\"" + name).doesNotContain(name + "\"");
        }
        Element all = xml(mvc.perform(get(BASE + "requests.xml")).andReturn().getResponse().getContentAsString());
        assertThat(all.getTagName()).isEqualTo("service_requests");
        assertThat(children(all)).isNotEmpty().allSatisfy(r -> {
            assertThat(names(r)).containsExactlyElementsOf(REQUEST_FIELDS);
            assertThat(text(r, "status")).isIn("open", "closed");
        });
    }

    @Test
    void an_unknown_request_is_404() throws Exception {
        mvc.perform(get(BASE + "requests/999999999.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value(containsString("999999999")));
        Element errors = xml(mvc.perform(get(BASE + "requests/999999999.xml")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString());
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(text(children(errors).getFirst(), "code")).isEqualTo("404");
        mvc.perform(get(BASE + "tokens/abc.json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
    }

    @Test
    void a_bad_key_is_403_and_missing_or_unknown_input_is_400_or_404() throws Exception {
        long before = jdbc.sql("select count(*) from work_order").query(Long.class).single();
        file("json", "api_key", "guessed", "service_code", "LITTER", "address_id", "AY-1-1")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value(403))
                .andExpect(jsonPath("$[0].description").value(containsString("api_key")));
        Element errors = xml(file("xml", "service_code", "LITTER", "address_id", "AY-1-1")
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString());
        assertThat(names(children(errors).getFirst())).containsExactly("code", "description");
        file("json", "api_key", DEMO_KEY, "address_id", "AY-1-1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(containsString("service_code")));
        file("json", "api_key", DEMO_KEY, "service_code", "POTHOLE", "address_id", "AY-1-1")
                .andExpect(status().isNotFound());
        file("json", "api_key", DEMO_KEY, "service_code", "LITTER", "lat", "31.0", "long", "121.2")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(containsString("lat/long")));
        file("json", "api_key", DEMO_KEY, "service_code", "LITTER", "address_id", "AY-999-9")
                .andExpect(status().isBadRequest());
        file("json", "api_key", DEMO_KEY, "service_code", "LITTER", "address_id", "AY-1-1",
                "media_url", "javascript:alert(1)")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from work_order").query(Long.class).single()).isEqualTo(before);
    }
}
