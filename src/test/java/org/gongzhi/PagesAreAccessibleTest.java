package org.gongzhi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every page of the shell and the register, in both languages, passes axe-core on a phone. */
class PagesAreAccessibleTest extends BrowserTest {

    @Test
    void the_sign_in_page() {
        open("/login");
        assertAccessible();
        screenshot("login");
    }

    @Test
    void a_wrong_password_is_explained() {
        open("/login");
        page.getByLabel("用户名").fill("resident");
        page.getByLabel("密码").fill("not-the-password");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".problems")).containsText("用户名或密码不正确");
        assertAccessible();
    }

    @Test
    void the_menu_is_one_row_on_a_phone_and_the_rest_folds_under_more() {
        signIn("resident");
        open("/");
        assertThat(page.locator(".nav-more-links")).isHidden();
        double header = page.locator("header.topbar").boundingBox().height;
        org.assertj.core.api.Assertions.assertThat(header).as("header height on a phone").isLessThan(140);
        page.locator(".nav-more > summary").click();
        assertThat(page.locator(".nav-more-links")).isVisible();
        assertAccessible();
        screenshot("menu-more");
        page.locator(".nav-more-links").getByText("微更新").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/projects$"));
    }

    @Test
    void the_staff_menu_is_one_row_on_a_phone_too() {
        for (String staff : List.of("rc.staff", "branch.secretary")) {
            signIn(staff);
            open("/");
            double header = page.locator("header.topbar").boundingBox().height;
            org.assertj.core.api.Assertions.assertThat(header).as("header height on a phone for " + staff)
                    .isLessThan(140);
            context.clearCookies();
        }
    }

    @Test
    void the_account_page() {
        signIn("branch.secretary");
        open("/account");
        assertThat(page.locator("main")).containsText("网格党支部书记");
        assertAccessible();
        screenshot("account");
    }

    @Test
    void the_stairwell_list_for_the_property_company() {
        signIn("pm.staff");
        open("/stairwells?grid=3");
        assertThat(page.locator("main")).containsText("第3网格");
        assertAccessible();
        screenshot("stairwells");
    }

    @Test
    void the_party_organisation() {
        signIn("resident");
        open("/organisation");
        page.locator("#branch-1 summary").click();
        assertThat(page.locator("#branch-1")).containsText("1号楼楼组党小组");
        assertAccessible();
        screenshot("organisation");
    }

    @Test
    void the_owners_to_complete_with_a_refused_number_and_the_units_nobody_lives_in() {
        signIn("rc.staff");
        open("/residents/owners");
        assertThat(page.locator("#owners-remaining")).containsText("待补全");
        page.locator("#owners li").first().locator("input[name=idNumber]").fill("12345");
        page.locator("#owners li").first().locator("button[type=submit]").click();
        assertThat(page.locator("#owners .field-error")).containsText("身份证号应为 18 位");
        assertThat(page.locator("#owners li input[aria-invalid=true]")).hasValue("12345");
        assertAccessible();
        screenshot("owners");
        open("/residents/owners/vacant");
        assertThat(page.locator("#vacant-counts")).containsText("开发商持有");
        assertAccessible();
        screenshot("vacant-units");
    }

    @Test
    void a_missing_page() {
        signIn("resident");
        open("/s/AY-404-1");
        assertThat(page.locator("h1")).containsText("没有找到");
        assertAccessible();
    }

    @Test
    void the_pages_in_english() {
        signIn("rc.staff");
        page.getByText("English").click();
        assertThat(page.locator("h1")).containsText("Hello");
        assertAccessible();
        screenshot("home-en");
        open("/residents?q=12-2");
        assertThat(page.locator("main")).containsText("Bldg 12, Unit 2");
        assertAccessible();
        screenshot("residents-en");
        // the choice is remembered on the account, so give rc.staff back to the tests that expect Chinese
        page.getByText("中文").click();
        assertThat(page.locator("h1")).containsText("居民");
    }

    @Test
    void the_micro_renewal_pages() {
        signIn("rc.staff");
        open("/projects/new");
        assertThat(page.locator("h1")).containsText("新建微更新项目");
        assertAccessible();
        screenshot("project-new");
        open("/projects?state=IN_PROGRESS");
        page.locator("main").getByText("南区地下自来水管道改造").click();
        assertThat(page.locator("#project-state")).hasText("施工中");
        assertThat(page.locator("#project-spent")).containsText("1,650,000.00");
        assertAccessible();
        screenshot("project-pipes");
    }

    @Test
    void the_dads_corps_pages() {
        signIn("rc.staff");
        open("/courses");
        assertThat(page.locator("#courses-drafts")).containsText("建筑师爸爸带你搭纸桥");
        assertAccessible();
        page.locator("#courses-begun").getByText("小小电工课", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();
        assertThat(page.locator("#enrolled li").first()).isVisible();
        assertAccessible();
        screenshot("course-staff");
        open("/courses/new");
        assertAccessible();
    }

    @Test
    void the_plant_neighbour_pages_public_and_signed_in() {
        Long plant = jdbc.sql("""
                select p.id from activity_plant p join activity_plant_adoption a on a.active_plant_id = p.id
                where exists (select 1 from activity_plant_update u where u.plant_id = p.id and u.photo_key is not null)
                order by p.id limit 1""").query(Long.class).single();
        open("/plants/" + plant);
        assertThat(page.locator("#updates img").first()).isVisible();
        assertAccessible();
        screenshot("plant-public");
        signIn("rc.staff");
        open("/plants");
        assertThat(page.locator("#garden-form")).isVisible();
        assertAccessible();
        screenshot("plants-staff");
        Long child = jdbc.sql("select child_resident_id from activity_plant_adoption where plant_id = ?")
                .params(plant).query(Long.class).list().getFirst();
        open("/plants/children/" + child);
        assertThat(page.locator("#child-updates img").first()).isVisible();
        assertAccessible();
        screenshot("plants-child");
    }
}
