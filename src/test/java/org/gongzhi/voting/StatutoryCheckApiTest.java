package org.gongzhi.voting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.IntegrationTest;

class StatutoryCheckApiTest extends IntegrationTest {

    private static final String URL = "/api/v1/votes/statutory-check";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An ordinary matter among 402 owners and 36,000 m² that meets every threshold exactly or just. */
    private static Map<String, Object> passing() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matterItem", 1);
        body.put("totalOwners", 402);
        body.put("totalArea", "36000.00");
        body.put("participatingOwners", 268);
        body.put("participatingArea", "24000.00");
        body.put("agreeingOwners", 135);
        body.put("agreeingArea", "12000.01");
        return body;
    }

    private ResultActions check(Map<String, Object> body) throws Exception {
        return mvc.perform(post(URL).with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    private ResultActions checkWith(String field, Object value) throws Exception {
        Map<String, Object> body = passing();
        body.put(field, value);
        return check(body);
    }

    @Test
    void a_resident_checks_a_vote_that_passes_and_sees_the_arithmetic() throws Exception {
        check(passing())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matterClass").value("ORDINARY"))
                .andExpect(jsonPath("$.quorumMet").value(true))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.arithmetic[*].test")
                        .value(contains("QUORUM_PERSONS", "QUORUM_AREA", "PASS_PERSONS", "PASS_AREA")))
                .andExpect(jsonPath("$.arithmetic[0].left").value(804))
                .andExpect(jsonPath("$.arithmetic[0].operator").value("≥"))
                .andExpect(jsonPath("$.arithmetic[0].right").value(804))
                .andExpect(jsonPath("$.arithmetic[0].met").value(true))
                .andExpect(jsonPath("$.arithmetic[0].text").value("参与人数 3×268 = 804 ≥ 2×402 = 804 ✓"))
                .andExpect(jsonPath("$.arithmetic[2].text").value("同意人数 2×135 = 270 > 1×268 = 268 ✓"))
                .andExpect(jsonPath("$.arithmetic[3].left").value(2_400_002))
                .andExpect(jsonPath("$.arithmetic[3].operator").value(">"))
                .andExpect(jsonPath("$.arithmetic[3].right").value(2_400_000))
                .andExpect(jsonPath("$.arithmetic[3].text")
                        .value("同意面积（平方米） 2×12000.01 = 24000.02 > 1×24000.00 = 24000.00 ✓"));
    }

    @Test
    void a_major_matter_with_74_percent_of_the_participating_area_fails() throws Exception {
        Map<String, Object> body = passing();
        body.put("matterItem", 6);
        body.put("agreeingOwners", 268);
        body.put("agreeingArea", "17760.00");

        check(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matterClass").value("MAJOR"))
                .andExpect(jsonPath("$.quorumMet").value(true))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.arithmetic[2].met").value(true))
                .andExpect(jsonPath("$.arithmetic[3].met").value(false))
                .andExpect(jsonPath("$.arithmetic[3].text")
                        .value("同意面积（平方米） 4×17760.00 = 71040.00 ≥ 3×24000.00 = 72000.00 ✗"));
    }

    @Test
    void a_vote_short_of_the_quorum_does_not_pass() throws Exception {
        checkWith("participatingOwners", 267)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quorumMet").value(false))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.arithmetic[0].text").value("参与人数 3×267 = 801 ≥ 2×402 = 804 ✗"));
    }

    @Test
    void more_agreeing_than_participating_owners_is_refused_on_agreeing_owners() throws Exception {
        checkWith("agreeingOwners", 269)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreeingOwners"))
                .andExpect(jsonPath("$.errors[0].message").value("不能多于参与表决的数"));
    }

    @Test
    void more_participating_than_all_owners_is_refused_on_participating_owners() throws Exception {
        checkWith("participatingOwners", 403)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("participatingOwners")));
    }

    @Test
    void more_participating_than_all_the_area_is_refused_on_participating_area() throws Exception {
        checkWith("participatingArea", "36000.01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("participatingArea")));
    }

    @Test
    void a_negative_headcount_is_refused() throws Exception {
        checkWith("totalOwners", -402)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("totalOwners"))
                .andExpect(jsonPath("$.errors[0].message").value("不能为负数"));
    }

    @Test
    void a_negative_area_is_refused() throws Exception {
        checkWith("agreeingArea", "-1.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("agreeingArea")));
    }

    @Test
    void a_community_without_owners_is_refused_on_the_total() throws Exception {
        Map<String, Object> body = passing();
        body.put("totalOwners", 0);
        body.put("participatingOwners", 0);
        body.put("agreeingOwners", 0);

        check(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("totalOwners")));
    }

    @Test
    void no_agreeing_owners_with_an_agreeing_area_is_refused_on_the_count() throws Exception {
        Map<String, Object> body = passing();
        body.put("agreeingOwners", 0);
        body.put("agreeingArea", "5000.00");

        check(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("agreeingOwners")))
                .andExpect(jsonPath("$.errors[0].message").value("为 0，但对应的面积不为 0：请核对人数与面积"));
    }

    @Test
    void participating_owners_without_an_area_are_refused_on_the_area_in_english_too() throws Exception {
        Map<String, Object> body = passing();
        body.put("participatingOwners", 80);
        body.put("participatingArea", "0.00");
        body.put("agreeingOwners", 0);
        body.put("agreeingArea", "0.00");

        mvc.perform(post(URL).with(as("resident")).with(csrf()).cookie(new Cookie("gz_lang", "en"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("participatingArea")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must not be 0 when the matching number of owners is not: check the owners and their area"));
    }

    @Test
    void an_area_written_minus_zero_is_zero() throws Exception {
        Map<String, Object> body = passing();
        body.put("agreeingOwners", 0);
        body.put("agreeingArea", "-0.00");

        check(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false));
    }

    @Test
    void an_area_with_more_than_two_decimals_is_refused() throws Exception {
        checkWith("totalArea", "36000.001")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("totalArea")))
                .andExpect(jsonPath("$.errors[0].message").value("面积最多保留两位小数"));
    }

    @Test
    void a_fractional_headcount_is_refused() throws Exception {
        checkWith("participatingOwners", 268.5)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("participatingOwners")));
    }

    @Test
    void an_item_outside_the_nine_is_refused() throws Exception {
        checkWith("matterItem", 10)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("matterItem")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"matterItem", "totalOwners", "totalArea", "participatingOwners", "participatingArea",
            "agreeingOwners", "agreeingArea"})
    void a_missing_field_is_named(String field) throws Exception {
        Map<String, Object> body = passing();
        body.remove(field);

        check(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains(field)))
                .andExpect(jsonPath("$.errors[0].message").value("必须填写"));
    }

    @Test
    void the_arithmetic_speaks_the_callers_language() throws Exception {
        mvc.perform(post(URL).with(as("resident")).with(csrf()).cookie(new Cookie("gz_lang", "en"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(passing())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.arithmetic[0].text").value(startsWith("Owners taking part 3×268")));
    }

    @Test
    void a_program_checks_with_a_bearer_token() throws Exception {
        String token = JSON.readTree(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"resident\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("accessToken").asString();

        mvc.perform(post(URL).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(passing())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(true));
    }

    @Test
    void an_anonymous_caller_is_unauthorised() throws Exception {
        mvc.perform(post(URL).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(passing())))
                .andExpect(status().isUnauthorized());
    }
}
