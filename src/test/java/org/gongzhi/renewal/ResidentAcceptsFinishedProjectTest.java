package org.gongzhi.renewal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** On a phone, a resident of the building staff named accepts a finished project and sees the count move. */
class ResidentAcceptsFinishedProjectTest extends BrowserTest {

    @Test
    void a_resident_of_the_affected_building_accepts_the_finished_work() throws Exception {
        int building = jdbc.sql("""
                select s.building_number from account a join register_resident r on r.id = a.resident_id
                join register_stairwell s on s.id = r.stairwell_id where a.username = 'resident'""")
                .query(Integer.class).single();
        ProjectFixtures fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        String title = "单元门禁更换 " + UUID.randomUUID().toString().substring(0, 4);
        long id = ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"%s","place":"%d号楼","budget":"6000","kind":"OTHER"}""".formatted(title, building))
                .andExpect(status().isCreated()));
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/start", null).andExpect(status().isOk());
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/complete",
                "{\"area\":\"BUILDINGS\",\"places\":\"%d\",\"days\":7}".formatted(building))
                .andExpect(status().isOk());

        signIn("resident");
        open("/projects/" + id);
        assertThat(page.locator("#acceptance-state")).hasText("征求验收意见中");
        assertThat(page.locator("#acceptance-rate")).containsText("还没有答复");
        assertAccessible();
        page.getByLabel("基本满意").check();
        page.locator("#f-comment").fill("门禁好用，就是晚上提示音有点响");
        screenshot("renewal-acceptance-form");
        page.locator("#acceptance-submit").click();
        assertThat(page.locator(".flash")).hasText("谢谢，你家的验收意见已记录");
        assertThat(page.locator("#my-verdict")).hasText("你家已答复：基本满意");
        assertThat(page.locator("#acceptance-counts")).hasText("满意 0 户，基本满意 1 户，不满意 0 户");
        assertThat(page.locator("#acceptance-rate")).containsText("100%");
        assertThat(page.locator("#acceptance-comments")).containsText("晚上提示音有点响");
        assertThat(page.locator("#acceptance-form")).hasCount(0);
        assertAccessible();
        screenshot("renewal-acceptance-answered");
    }
}
