package org.gongzhi.pet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** On a phone: a resident declares a dog and sees its vaccination reminder; a pet volunteer records a stairwell. */
class ResidentDeclaresDogJourneyTest extends BrowserTest {

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
    }

    @Test
    void a_resident_declares_a_dog_and_sees_the_vaccination_reminder() {
        String name = "球球" + UUID.randomUUID().toString().substring(0, 4);
        signIn("resident");
        open("/pets");
        assertAccessible();
        screenshot("pets-household");
        page.locator("#declare-pet").click();
        page.getByLabel("种类").selectOption("DOG");
        page.getByLabel("名字").fill(name);
        page.getByLabel("品种").fill("柯基");
        page.getByLabel("出生日期").fill(today().minusYears(2).toString());
        page.getByLabel("犬证号").fill("12345");
        assertAccessible();
        save();
        assertThat(page.locator("#e-licenceNumber")).isVisible();
        assertThat(page.getByLabel("名字")).hasValue(name);
        assertAccessible();
        screenshot("pets-form-error");

        page.getByLabel("犬证号").fill("SJ20265555");
        page.getByLabel("犬证有效期至").fill(today().plusMonths(6).toString());
        page.getByLabel("最近一次狂犬疫苗接种日期").fill(today().minusYears(1).plusDays(10).toString());
        save();
        assertThat(page.locator(".flash")).containsText("宠物已登记");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("#rabies-due")).hasText(today().plusDays(10).toString());
        assertAccessible();
        screenshot("pets-dog");

        page.locator("main a[href='/pets']").first().click();
        assertThat(page.locator("#reminders")).containsText(name + " 的狂犬疫苗将于 " + today().plusDays(10));
        assertAccessible();
        screenshot("pets-reminder");
    }

    @Test
    void a_pet_volunteer_records_a_stairwells_pets_door_to_door() {
        record Room(String stairwell, String room, int building) {
        }
        Room home = jdbc.sql("""
                select s.code, u.room, s.building_number from register_household h
                join register_unit u on u.id = h.unit_id join register_stairwell s on s.id = h.stairwell_id
                where s.community_id = 1 and s.grid_number = 1 and h.dissolved_on is null order by h.id desc limit 1""")
                .query((rs, n) -> new Room(rs.getString(1), rs.getString(2), rs.getInt(3))).single();
        String name = "咪咪" + UUID.randomUUID().toString().substring(0, 4);
        signIn("pet.volunteer");
        open("/pets/new");
        page.getByLabel("楼道编号").fill(home.stairwell());
        page.getByLabel("室号").fill(home.room());
        page.getByLabel("种类").selectOption("CAT");
        page.getByLabel("名字").fill(name);
        assertAccessible();
        save();
        assertThat(page.locator(".flash")).containsText("宠物已登记");

        open("/pets/census?building=" + home.building());
        assertAccessible();
        page.locator("#visit-" + home.stairwell()).click();
        assertThat(page.locator(".flash")).containsText("已记录本楼道的上门普查");
        assertThat(page.locator("#stairwell-" + home.stairwell())).containsText("已走访");
        assertThat(page.locator("#building-pets")).containsText(name);
        assertAccessible();
        screenshot("pets-census");
    }

    @Test
    void a_lost_dog_is_reported_found_by_a_volunteer_and_reunited() {
        String mark = "红项圈" + UUID.randomUUID().toString().substring(0, 4);
        signIn("resident");
        open("/pets/lost");
        page.getByLabel("走失", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#f-species").selectOption("DOG");
        page.getByLabel("情况说明").fill("黄色柯基，戴" + mark);
        page.getByLabel("最后出现的地点").fill("天鹅湖北岸");
        page.getByLabel("走失或发现的日期").fill(today().toString());
        assertAccessible();
        page.locator("#post-notice").click();
        assertThat(page.locator(".flash")).containsText("启事已发布");
        assertThat(page.locator("#notices")).containsText(mark);
        screenshot("pets-lost");

        signIn("pet.volunteer");
        open("/pets/lost");
        page.getByLabel("招领", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#f-species").selectOption("DOG");
        page.getByLabel("情况说明").fill("车库里发现一只柯基，" + mark);
        page.getByLabel("最后出现的地点").fill("地下车库");
        page.getByLabel("走失或发现的日期").fill(today().toString());
        page.locator("#post-notice").click();
        assertThat(page.locator(".flash")).containsText("启事已发布");

        context.clearCookies();
        signIn("resident");
        open("/pets/lost");
        var lost = page.locator("#notices li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("黄色柯基，戴" + mark));
        lost.locator("select").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("地下车库 · " + today() + " · 车库里发现一只柯基，" + mark));
        assertAccessible();
        screenshot("pets-reunite");
        lost.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("已团聚"))
                .click();
        assertThat(page.locator(".flash")).containsText("已团聚");
        assertThat(page.locator("#notices")).not().containsText(mark);
    }
}
