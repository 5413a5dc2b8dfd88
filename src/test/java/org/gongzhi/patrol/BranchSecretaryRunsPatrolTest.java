package org.gongzhi.patrol;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;
import org.gongzhi.cases.CaseFixtures;

/**
 * The secretary of grid branch 1, on a phone at the patrol: ticks off who came (ages shown), walks the checklist
 * and records two findings with photos, one while the phone has no connection; it uploads once back online.
 */
class BranchSecretaryRunsPatrolTest extends BrowserTest {

    /** Uploading reloads the page, which on two shared cores may take a while. */
    private static final LocatorAssertions.HasTextOptions UPLOAD = new LocatorAssertions.HasTextOptions()
            .setTimeout(15_000);

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void describe(String category, String description) {
        page.getByLabel("问题类别").selectOption(category);
        page.locator("#f-place").selectOption(new SelectOption().setIndex(2));
        page.getByLabel("严重", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#f-description").fill(description);
        page.locator("#f-photo").setInputFiles(new FilePayload("photo.png", "image/png", CaseFixtures.png()));
    }

    private long findings(String description) {
        return jdbc.sql("select count(*) from patrol_finding where description = ?").param(description)
                .query(Long.class).single();
    }

    @Test
    void the_branch_secretary_records_attendance_and_two_findings_one_of_them_offline() {
        String neighbour = jdbc.sql("""
                select r.name from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                join stairwell s on s.id = u.stairwell_id join grid g on g.id = s.grid_id
                where g.community_id = 1 and g.number = 1 and not r.party_member and r.moved_out is null
                and r.birth_date < '1940-01-01'
                order by r.id limit 1""").query(String.class).single();
        signIn("branch.secretary");
        open("/patrols/branches/1");
        assertAccessible();
        page.locator("#open-patrol-day").click();
        assertThat(page.locator("h1")).hasText("第一网格党支部 巡查记录");
        assertAccessible();
        screenshot("patrol-day");

        page.getByLabel("找其他居民（姓名、手机尾号或地址）").fill(neighbour);
        press("查找");
        Locator people = page.locator("fieldset.people label.person");
        assertThat(people.first()).containsText(neighbour);
        assertThat(people.first().locator(".age")).containsText("岁");
        people.nth(0).locator("input").check();
        // the branch's own people are folded by building: open the first one
        Locator building = page.locator("#step-attendance details.patrol-group").first();
        building.locator("summary").click();
        building.locator("label.person").nth(0).locator("input").check();
        building.locator("label.person").nth(1).locator("input").check();
        page.getByLabel("学习内容").fill("学习《上海市生活垃圾管理条例》");
        assertAccessible();
        press("保存签到和学习内容");
        assertThat(page.locator(".flash")).containsText("签到和学习内容已保存");
        assertThat(page.locator("#attendance")).hasText("参加人员（3 人）");
        assertThat(page.locator("fieldset.people input:checked")).hasCount(3);

        page.locator("#to-checklist").click();
        page.locator("fieldset.check").nth(0).getByLabel("正常").check();
        page.locator("fieldset.check").nth(1).getByLabel("有问题").check();
        press("保存巡查清单");
        assertThat(page.locator(".flash")).containsText("巡查清单已保存");
        assertThat(page.locator("fieldset.check").nth(1).getByLabel("有问题")).isChecked();
        screenshot("patrol-day-attendance");

        page.locator("#to-findings").click();
        String online = "楼道里有电动车飞线充电 " + UUID.randomUUID();
        describe("EBIKE_CHARGING", online);
        assertAccessible();
        press("提交问题，转为工单");
        assertThat(page.locator("#offline-status")).hasText("已上传", UPLOAD);
        assertThat(page.locator("#finding-list")).containsText(online);
        assertThat(page.locator("#finding-list")).containsText("待受理");

        String offline = "楼道灯不亮 " + UUID.randomUUID();
        describe("BROKEN_LIGHT", offline);
        context.setOffline(true);
        press("提交问题，转为工单");
        assertThat(page.locator("#offline-status")).hasText("已保存在手机上，联网后自动上传");
        assertThat(page.locator("#f-description")).isEmpty();
        screenshot("patrol-day-offline");
        assertThat(findings(offline)).isZero();

        context.setOffline(false);
        assertThat(page.locator("#offline-status")).hasText("已上传", UPLOAD);
        assertThat(page.locator("#finding-list li.finding").filter(new Locator.FilterOptions().setHasText(offline)))
                .hasCount(1);
        assertThat(page.locator("#finding-list img.thumb")).hasCount(2);
        assertThat(findings(offline)).isEqualTo(1);
        assertThat(findings(online)).isEqualTo(1);
        assertAccessible();
        screenshot("patrol-day-uploaded");
    }
}
