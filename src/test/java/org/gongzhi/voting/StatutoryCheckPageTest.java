package org.gongzhi.voting;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

class StatutoryCheckPageTest extends IntegrationTest {

    private static final String URL = "/votes/statutory-check";

    /** Raising the maintenance fund (item 6) with 74% of the participating area agreeing, as typed. */
    private static Map<String, String> majorMatterShortOfThreeQuarters() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("matterItem", "6");
        figures.put("totalOwners", "402");
        figures.put("participatingOwners", "268");
        figures.put("agreeingOwners", "268");
        figures.put("totalArea", "36000.00");
        figures.put("participatingArea", "24000.00");
        figures.put("agreeingArea", "17760.00");
        return figures;
    }

    private ResultActions submit(String username, Map<String, String> figures) throws Exception {
        MockHttpServletRequestBuilder request = post(URL).with(as(username)).with(csrf());
        figures.forEach(request::param);
        return mvc.perform(request);
    }

    private ResultActions submit(String username, String field, String value) throws Exception {
        Map<String, String> figures = majorMatterShortOfThreeQuarters();
        figures.put(field, value);
        return submit(username, figures);
    }

    @Test
    void the_owners_committee_opens_the_calculator_with_the_nine_items() throws Exception {
        mvc.perform(get(URL).with(as("oc.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("第1项：制定和修改业主大会议事规则"),
                        containsString("第6项：筹集建筑物及其附属设施的维修资金"),
                        containsString("第9项：有关共有和共同管理权利的其他重大事项"),
                        containsString("<legend>业主人数</legend>"),
                        containsString("<label for=\"f-agreeingArea\">同意的专有部分面积（平方米）</label>"),
                        not(containsString("role=\"status\"")))));
    }

    @Test
    void the_owners_committee_sees_the_verdict_and_its_arithmetic() throws Exception {
        submit("oc.member", majorMatterShortOfThreeQuarters())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("role=\"status\""),
                        containsString("未通过：同意的人数或面积未达到法定比例"),
                        containsString("重大事项（第六至八项）"),
                        containsString("3×268 = 804 ≥ 2×402 = 804 ✓"),
                        containsString("4×17760.00 = 71040.00 ≥ 3×24000.00 = 72000.00 ✗"),
                        containsString("同意的专有部分面积须占参与表决面积四分之三以上"))));
    }

    @Test
    void the_form_keeps_what_was_typed() throws Exception {
        submit("oc.member", majorMatterShortOfThreeQuarters())
                .andExpect(content().string(allOf(
                        containsString("value=\"17760.00\""),
                        containsString("value=\"402\""),
                        containsString("<option value=\"6\" selected=\"selected\">"))));
    }

    @Test
    void a_vote_that_passes_says_so() throws Exception {
        submit("oc.member", "agreeingArea", "18000.00")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong>通过</strong>"),
                        containsString("4×18000.00 = 72000.00 ≥ 3×24000.00 = 72000.00 ✓"))));
    }

    @Test
    void broken_figures_are_named_in_the_summary_and_beside_the_field() throws Exception {
        Map<String, String> figures = majorMatterShortOfThreeQuarters();
        figures.put("agreeingOwners", "300");
        figures.put("totalArea", "36000.001");

        submit("oc.member", figures)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"problems\""),
                        containsString("href=\"#f-agreeingOwners\""),
                        containsString("id=\"e-agreeingOwners\""),
                        containsString("不能多于参与表决的数"),
                        containsString("id=\"e-totalArea\""),
                        containsString("面积最多保留两位小数"),
                        containsString("aria-describedby=\"e-totalArea\""),
                        containsString("value=\"36000.001\""),
                        not(containsString("role=\"status\"")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rc.staff", "admin"})
    void the_residents_committee_and_administrators_may_use_it_too(String username) throws Exception {
        mvc.perform(get(URL).with(as(username))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident", "pm.staff", "branch.secretary"})
    void others_are_forbidden(String username) throws Exception {
        mvc.perform(get(URL).with(as(username))).andExpect(status().isForbidden());
        submit(username, majorMatterShortOfThreeQuarters()).andExpect(status().isForbidden());
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() throws Exception {
        mvc.perform(get(URL)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
