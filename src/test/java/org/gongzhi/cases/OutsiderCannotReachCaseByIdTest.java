package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/**
 * A case is addressed by id on many paths; someone who may not see it - here a resident of the north zone, who
 * sits on the owners' committee but was not sent the case - gets 404 on every one, changes nothing, and a
 * "me too" never lets anyone see more than they already could.
 */
class OutsiderCannotReachCaseByIdTest extends IntegrationTest {

    private static final String OUTSIDER = "oc.member";

    private long id;
    private long photoId;
    private String description;

    @BeforeEach
    void aNeighboursReportWithAPhoto() throws Exception {
        description = "楼道漏水 " + UUID.randomUUID();
        String json = mvc.perform(multipart("/api/v1/cases")
                        .file(new MockMultipartFile("photo", "leak.png", "image/png", CaseFixtures.png()))
                        .param("category", "WATER_PIPE").param("description", description)
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = ((Number) JsonPath.read(json, "$.id")).longValue();
        photoId = ((Number) JsonPath.read(json, "$.photos[0].id")).longValue();
    }

    static Stream<Arguments> everyPathToOneCase() {
        return Stream.of(
                Arguments.of("GET /api/v1/cases/{id}", (Request) (id, photo) -> get("/api/v1/cases/" + id)),
                Arguments.of("POST /api/v1/cases/{id}/me-too",
                        (Request) (id, photo) -> post("/api/v1/cases/" + id + "/me-too")),
                Arguments.of("POST /api/v1/cases/{id}/rating", (Request) (id, photo) -> json(
                        post("/api/v1/cases/" + id + "/rating"), "{\"score\":1,\"comment\":\"差\"}")),
                Arguments.of("POST /api/v1/cases/{id}/rating (invalid)", (Request) (id, photo) -> json(
                        post("/api/v1/cases/" + id + "/rating"), "{\"score\":99}")),
                Arguments.of("POST /api/v1/cases/{id}/transitions", (Request) (id, photo) -> json(
                        post("/api/v1/cases/" + id + "/transitions"), "{\"action\":\"VERIFY_PASS\"}")),
                Arguments.of("POST /api/v1/cases/{id}/transitions (invalid)", (Request) (id, photo) -> json(
                        post("/api/v1/cases/" + id + "/transitions"), "{\"action\":\"FLY\"}")),
                Arguments.of("POST /api/v1/cases/{id}/transitions (photo)", (Request) (id, photo) ->
                        multipart("/api/v1/cases/" + id + "/transitions")
                                .file(new MockMultipartFile("photo", "x.png", "image/png", "not an image".getBytes()))
                                .param("action", "HANDLE").param("note", "修好了")),
                Arguments.of("GET /cases/{id}", (Request) (id, photo) -> get("/cases/" + id)),
                Arguments.of("GET /cases/{id}/photos/{photoId}",
                        (Request) (id, photo) -> get("/cases/" + id + "/photos/" + photo)),
                Arguments.of("POST /cases/{id}/me-too", (Request) (id, photo) -> post("/cases/" + id + "/me-too")),
                Arguments.of("POST /cases/{id}/rating", (Request) (id, photo) -> post("/cases/" + id + "/rating")
                        .param("score", "1").param("comment", "差")),
                Arguments.of("POST /cases/{id}/transitions", (Request) (id, photo) ->
                        post("/cases/" + id + "/transitions").param("action", "VERIFY_FAIL").param("note", "没修")),
                Arguments.of("POST /cases/{id}/transitions (photo)", (Request) (id, photo) ->
                        multipart("/cases/" + id + "/transitions")
                                .file(new MockMultipartFile("photo", "x.png", "image/png", CaseFixtures.png()))
                                .param("action", "HANDLE").param("note", "修好了")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPathToOneCase")
    void an_outsider_is_told_the_case_does_not_exist_and_nothing_changes(String path, Request request)
            throws Exception {
        mvc.perform(request.to(id, photoId).with(as(OUTSIDER)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(description))));

        assertThat(meToos()).isZero();
        assertThat(jdbc.sql("select state from work_order where id = ?").param(id).query(String.class).single())
                .isEqualTo("REPORTED");
        assertThat(jdbc.sql("select count(*) from case_event where work_order_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + id).with(as(OUTSIDER))).andExpect(status().isNotFound());
    }

    @Test
    void similar_cases_list_only_cases_the_asker_may_see() throws Exception {
        mvc.perform(get("/api/v1/cases/similar").param("category", "WATER_PIPE").param("stairwellCode", "AY-1-1")
                        .with(as(OUTSIDER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        mvc.perform(get("/report").param("category", "WATER_PIPE").param("placeKind", "STAIRWELL")
                        .param("stairwellCode", "AY-1-1").with(as(OUTSIDER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(description))));
        mvc.perform(get("/api/v1/cases/similar").param("category", "WATER_PIPE").param("stairwellCode", "AY-1-1")
                        .with(as("branch.secretary")))
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void a_me_too_on_record_shows_nothing_once_the_case_is_out_of_sight() throws Exception {
        long outsider = jdbc.sql("select resident_id from identity_account where username = ?").param(OUTSIDER)
                .query(Long.class).single();
        long community = jdbc.sql("select community_id from work_order where id = ?").param(id).query(Long.class)
                .single();
        jdbc.sql("insert into case_me_too (community_id, work_order_id, resident_id, joined_at) values (?, ?, ?, ?)")
                .params(community, id, outsider, OffsetDateTime.now()).update();

        mvc.perform(get("/api/v1/cases/" + id).with(as(OUTSIDER))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id + "/photos/" + photoId).with(as(OUTSIDER))).andExpect(status().isNotFound());
        mvc.perform(get("/my/cases").with(as(OUTSIDER))).andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(description))));
        mvc.perform(get("/api/v1/cases").param("size", "100").with(as(OUTSIDER)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
    }

    @Test
    void someone_who_sees_the_case_says_me_too_and_finds_it_among_their_cases() throws Exception {
        mvc.perform(post("/api/v1/cases/" + id + "/me-too").with(as("branch.secretary")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.meToos").value(1));
        mvc.perform(get("/my/cases").with(as("branch.secretary")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/cases/" + id + "\"")));
    }

    private long meToos() {
        return jdbc.sql("select count(*) from case_me_too where work_order_id = ?").param(id).query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> to(long id, long photoId);
    }
}
