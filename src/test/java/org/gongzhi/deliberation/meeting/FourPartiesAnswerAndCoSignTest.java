package org.gongzhi.deliberation.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** Residents' committee staff run a meeting on a phone: four answers, the plan, four co-signatures. */
class FourPartiesAnswerAndCoSignTest extends BrowserTest {

    private static final String[] PARTIES = {"RESIDENTS_COMMITTEE", "OWNERS_COMMITTEE", "PROPERTY_COMPANY",
            "RESIDENT_REPRESENTATIVES"};

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void staff_record_the_four_answers_and_signatures_and_the_proposal_is_deliberated() throws Exception {
        String title = "儿童游乐区改造 " + UUID.randomUUID().toString().substring(0, 4);
        long proposal = MeetingApiTest.proposalOnAgenda(mvc, this::as, title);

        signIn("rc.staff");
        open("/meetings");
        assertAccessible();
        screenshot("meetings-list");
        open("/meetings/new");
        page.getByLabel("时间").fill("2026-12-03T19:00");
        page.getByLabel("地点").fill("居委会议事厅 " + title);
        page.getByLabel("居委会代表（多人用逗号分隔）").fill("李老师");
        page.getByLabel("业委会代表（多人用逗号分隔）").fill("王主任");
        page.getByLabel("业委会工作小组（如南区工作小组）").fill("南区工作小组");
        page.getByLabel("物业代表（多人用逗号分隔）").fill("赵经理");
        page.getByLabel("居民代表（多人用逗号分隔）").fill("张阿姨，陈师傅");
        assertAccessible();
        screenshot("meeting-new");
        button("保存议事会");
        assertThat(page.locator(".flash")).hasText("议事会已安排");

        page.locator("#f-proposalId").selectOption(new SelectOption().setValue(String.valueOf(proposal)));
        button("加入议程");
        assertThat(page.locator(".flash")).hasText("已加入议程");
        for (String party : PARTIES) {
            page.locator("#f-attend-" + party).check();
        }
        button("保存到会情况");
        assertThat(page.locator("#quorum")).hasText("四方到齐，可以议决");

        String[] positions = {"SUPPORT", "SUPPORT_WITH_CHANGES", "SUPPORT", "SUPPORT"};
        for (int i = 0; i < PARTIES.length; i++) {
            page.locator("#f-answer-party-" + proposal).selectOption(PARTIES[i]);
            page.locator("#f-position-" + proposal).selectOption(positions[i]);
            page.locator("#f-reasoning-" + proposal).fill("理由 " + i);
            page.locator("#f-contribution-" + proposal).fill("承担 " + i);
            button("保存答复");
            assertThat(page.locator(".flash")).hasText("答复已保存");
        }
        assertThat(page.locator("#answer-" + proposal + "-OWNERS_COMMITTEE")).containsText("修改后支持");
        assertAccessible();
        screenshot("meeting-four-answers");

        page.locator("#f-plan-" + proposal).fill("更换滑梯，铺设塑胶地面");
        page.locator("#f-cost-" + proposal).fill("12,345");
        page.locator("#f-funding-" + proposal).fill("专项维修资金");
        page.locator("#f-resp-" + proposal).fill("物业施工，业委会监督");
        button("保存共识方案");
        assertThat(page.locator("#problems")).containsText("不是有效金额");
        page.locator("#f-plan-" + proposal).fill("更换滑梯，铺设塑胶地面");
        page.locator("#f-cost-" + proposal).fill("12345.67");
        page.locator("#f-funding-" + proposal).fill("专项维修资金");
        page.locator("#f-resp-" + proposal).fill("物业施工，业委会监督");
        button("保存共识方案");
        assertThat(page.locator("#plan-" + proposal)).containsText("¥12345.67");

        String[] signers = {"李老师", "王主任", "赵经理", "张阿姨"};
        for (int i = 0; i < PARTIES.length; i++) {
            page.locator("#f-sign-party-" + proposal).selectOption(PARTIES[i]);
            page.locator("#f-signer-" + proposal).fill(signers[i]);
            button("会签");
            assertThat(page.locator(".flash")).hasText("已会签");
        }
        assertThat(page.locator("#item-state-" + proposal)).hasText("已四方商议");
        assertThat(page.locator("#signatures-" + proposal)).containsText("张阿姨 已签");
        assertAccessible();
        screenshot("meeting-co-signed");

        open("/meetings/" + page.url().replaceAll(".*/meetings/(\\d+).*", "$1") + "/minutes");
        assertThat(page.locator("#quorum")).hasText("四方到齐，可以议决");
        assertAccessible();
        screenshot("meeting-minutes");

        open("/proposals/" + proposal);
        assertThat(page.locator("#proposal-state")).hasText("已四方商议");
        assertThat(page.locator("#four-answers")).containsText("更换滑梯，铺设塑胶地面");
        assertAccessible();
        screenshot("proposal-four-answers");
    }
}
