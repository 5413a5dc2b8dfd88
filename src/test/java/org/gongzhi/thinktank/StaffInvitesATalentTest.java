package org.gongzhi.thinktank;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * On a phone: staff of the residents' committee look for a lawyer among the think tank's talents by skill, open her
 * profile and invite her as an adviser to the four-party meeting they just planned; the talent sees the invitation on her page.
 */
class StaffInvitesATalentTest extends BrowserTest {

    @Autowired
    ThinkTank thinkTank;

    @Test
    void staff_find_a_talent_by_skill_and_invite_her_to_a_meeting() throws Exception {
        // a resident with no profile yet, from the end of the register (ThinkTankTest takes them from the start)
        long residentId = jdbc.sql("""
                select r.id from register_resident r where r.moved_out is null and r.community_id = 1 and not exists
                (select 1 from thinktank_talent t where t.resident_id = r.id) order by r.id desc limit 1""")
                .query(Long.class).single();
        Actor her = new Actor(0, "r" + residentId, "居民", 1L, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
        Skill law = thinkTank.skills(her).stream().filter(s -> s.name().equals("法律咨询")).findFirst()
                .orElseThrow();
        long talent = thinkTank.register(her, new TalentInput("执业律师（浏览器测试）", Set.of(law.id()), "物业合同 业主大会",
                Availability.WEEKENDS, "审看物业合同，讲解业主大会的表决规则"));

        String place = "智囊团测试议事厅 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/meetings").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"heldAt":"%s","place":"%s","invitees":[{"party":"RESIDENTS_COMMITTEE","name":"李老师"}]}"""
                        .formatted(java.time.LocalDate.now().plusDays(10) + "T19:00", place)))
                .andExpect(status().isCreated());

        signIn("rc.staff");
        open("/thinktank");
        page.locator("#skill").selectOption(String.valueOf(law.id()));
        page.locator("#q").fill("浏览器测试");
        page.locator("#find-talents").click();
        assertThat(page.locator("#talents li")).hasCount(1);
        assertThat(page.locator("#t-" + talent)).containsText("法律咨询");
        assertAccessible();
        screenshot("thinktank-find-by-skill");

        page.locator("#t-" + talent + " a").click();
        assertThat(page.locator("#profile")).containsText("执业律师");
        java.util.List<String> targets = page.locator("#f-target option").allTextContents();
        String meeting = targets.stream().filter(t -> t.startsWith("议事会") && t.contains(place)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting among the targets " + targets));
        page.locator("#f-target").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(meeting));
        page.locator("#f-message").fill("请来议事会讲讲业主大会的表决规则");
        page.locator("#send-invitation").click();
        assertThat(page.locator(".flash")).isVisible();
        assertThat(page.locator("#invitations li")).hasCount(1);
        assertThat(page.locator("#invitations li").first()).containsText("等待答复");
        assertAccessible();
        screenshot("thinktank-invited-to-meeting");

        org.assertj.core.api.Assertions.assertThat(thinkTank.invitations(her, talent)).singleElement()
                .satisfies(i -> org.assertj.core.api.Assertions.assertThat(i.answer()).isNull());
    }
}
