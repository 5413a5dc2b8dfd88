package org.gongzhi.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** Residents' committee staff find a resident by the last four digits of the phone, correct and save. */
class StaffEditsResidentTest extends BrowserTest {

    @Test
    void staff_find_a_resident_by_phone_tail_edit_and_save() {
        record Target(long id, String name, String phone) {
        }
        Target target = jdbc.sql("""
                select r.id, r.name, r.phone from resident r where r.phone is not null and r.moved_out is null
                and r.relation = 'SPOUSE' and r.community_id = 1
                order by r.id desc limit 1""").query(Target.class).single();
        String tail = target.phone().substring(7);

        signIn("rc.staff");
        assertAccessible();
        screenshot("home-rc-staff");

        open("/residents");
        page.getByLabel("查找居民").fill(tail);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("查找").setExact(true)).click();
        assertThat(page.locator("#results")).containsText(target.name());
        assertAccessible();
        screenshot("residents-search");

        page.locator("#results a[href='/residents/" + target.id() + "']").click();
        assertThat(page.locator("h1")).containsText(target.name());
        assertAccessible();
        screenshot("resident-detail");

        page.getByText("修改信息").click();
        page.getByLabel("姓名").fill(target.name() + "改");
        page.getByLabel("手机号码").fill("13911112222");
        assertAccessible();
        screenshot("resident-edit");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();

        assertThat(page.locator(".flash")).containsText("修改已保存");
        assertThat(page.locator("h1")).containsText(target.name() + "改");
        assertThat(page.locator("main")).containsText("139****2222");
        assertThat(page.locator("main")).containsText("修改");
        screenshot("resident-saved");
        assertThat(jdbc.sql("select phone_tail from resident where id = ?").param(target.id()).query(String.class)
                .single()).isEqualTo("2222");
    }

    @Test
    void a_bad_phone_number_is_named_and_nothing_typed_is_lost() {
        signIn("rc.staff");
        open("/residents/new");
        page.getByLabel("姓名").fill("新来的居民");
        page.getByLabel("手机号码").fill("1234");
        page.getByLabel("楼道编号").fill("AY-1-1");
        page.getByLabel("室号").fill("999");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".problems")).containsText("手机号码");
        assertThat(page.locator(".problems")).containsText("没有 999 室");
        assertThat(page.getByLabel("姓名")).hasValue("新来的居民");
        assertAccessible();
        screenshot("resident-form-errors");
    }
}
