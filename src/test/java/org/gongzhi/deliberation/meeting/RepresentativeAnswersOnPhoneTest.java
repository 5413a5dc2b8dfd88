package org.gongzhi.deliberation.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.BrowserTest;

/**
 * A residents' representative (居民代表) signs in on a phone and, with their own account, answers a proposal of
 * their grid in a four-party meeting and co-signs its plan (issue 8, item 2).
 */
class RepresentativeAnswersOnPhoneTest extends BrowserTest {

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void a_representative_answers_and_co_signs_with_their_own_account() throws Exception {
        LocalDate today = LocalDate.now(RepresentativesSignForThemselvesTest.SHANGHAI);
        String rep = ownResidentAccount("rep.phone.g15", 15);
        RepresentativesSignForThemselvesTest.appoint(jdbc, rep, 15, today.minusDays(10), today.plusYears(2));
        String tag = UUID.randomUUID().toString().substring(0, 4);
        long proposal = RepresentativesSignForThemselvesTest.proposalInGrid(mvc, this::as, jdbc, 15,
                "楼道扶手加装 " + tag);
        String json = send("rc.staff", "/api/v1/meetings", MeetingApiTest.meetingJson("议事厅 " + tag)
                .replace("2026-12-03T19:00", today + "T08:00")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/meetings/" + id;
        send("rc.staff", base + "/agenda", "{\"proposalId\":" + proposal + "}").andExpect(status().isOk());
        send("rc.staff", base + "/attendance", """
                {"parties":["RESIDENTS_COMMITTEE","OWNERS_COMMITTEE","PROPERTY_COMPANY","RESIDENT_REPRESENTATIVES"]}""")
                .andExpect(status().isOk());
        String[][] others = {{"rc.staff", "RESIDENTS_COMMITTEE"}, {"oc.member", "OWNERS_COMMITTEE"},
                {"pm.staff", "PROPERTY_COMPANY"}};
        for (String[] other : others) {
            send(other[0], base + "/answers", """
                    {"proposalId":%d,"party":"%s","position":"SUPPORT","reasoning":"同意加装"}"""
                    .formatted(proposal, other[1])).andExpect(status().isOk());
        }

        signIn(rep);
        open("/meetings/" + id);
        assertThat(page.locator("#f-answer-party-" + proposal)).hasValue("RESIDENT_REPRESENTATIVES");
        assertThat(page.locator("#f-on-behalf-" + proposal)).hasCount(0);
        page.locator("#f-position-" + proposal).selectOption("SUPPORT_WITH_CHANGES");
        page.locator("#f-reasoning-" + proposal).fill("楼里老人多，扶手要两侧都装");
        page.locator("#f-contribution-" + proposal).fill("居民代表组织楼里志愿者验收");
        assertAccessible();
        screenshot("representative-answers");
        button("保存答复");
        assertThat(page.locator(".flash")).hasText("答复已保存");
        assertThat(page.locator("#answer-by-" + proposal + "-RESIDENT_REPRESENTATIVES")).hasText(rep);

        send("rc.staff", base + "/plan", """
                {"proposalId":%d,"plan":"两侧加装不锈钢扶手","cost":"2400","fundingSource":"公共收益",
                 "responsibilities":"物业施工，居民代表验收"}""".formatted(proposal)).andExpect(status().isOk());
        for (String[] other : new String[][] {{"rc.staff", "RESIDENTS_COMMITTEE"}, {"oc.member", "OWNERS_COMMITTEE"},
                {"rc.staff", "PROPERTY_COMPANY"}}) {
            send(other[0], base + "/signatures", """
                    {"proposalId":%d,"party":"%s","signer":"赵经理"}""".formatted(proposal, other[1]))
                    .andExpect(status().isOk());
        }

        open("/meetings/" + id);
        assertThat(page.locator("#f-signer-" + proposal)).hasCount(0);
        assertThat(page.locator("#f-sign-party-" + proposal)).hasValue("RESIDENT_REPRESENTATIVES");
        assertAccessible();
        screenshot("representative-co-signs");
        button("会签");
        assertThat(page.locator(".flash")).hasText("已会签");
        assertThat(page.locator("#signatures-" + proposal)).containsText(rep + " 已签");
        assertThat(page.locator("#signatures-" + proposal)).containsText("赵经理 已签");
        assertThat(page.locator("#signatures-" + proposal)).containsText("代录");
        assertThat(page.locator("#item-state-" + proposal)).hasText("已四方商议");
        assertAccessible();
        screenshot("representative-co-signed");
    }
}
