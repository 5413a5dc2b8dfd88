package org.gongzhi.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.cases.ReportOnBehalfTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * On the narrowest common phone (360 px): a verified volunteer registers an elderly neighbour without a phone for an
 * event (代办报名), and staff open the form for entering a ballot for a resident who asked (代办录入选票).
 */
class VolunteerRegistersElderForAnEventOnPhoneTest extends BrowserTest {

    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Clock clock;

    @Test
    void a_volunteer_registers_an_elder_for_an_event_and_staff_open_the_ballot_form() {
        String volunteer = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.event.phone.g15", 15), true);
        Map<String, Object> elder = ReportOnBehalfTest.elder(jdbc, 15, 0);
        Actor staff = new Actor(0, "rc.staff", "居委会", 1L, null, false, Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(4);
        String title = "暖心影院 " + UUID.randomUUID().toString().substring(0, 4);
        long id = handling.create(staff, new EventInput(events.programmes(1).getFirst().id(), title, null, "7890暖心屋",
                start, start.plusHours(2), 20, null, null, EnumSet.allOf(Cohort.class)));

        usePhone(360, 740);
        signIn(volunteer);
        open("/events/register-for");
        assertAccessible();
        page.locator("#event-" + id + " a").click();
        assertThat(page.locator("#event-title")).containsText(title);
        page.getByLabel("居民姓名").fill((String) elder.get("name"));
        page.getByLabel("楼号").fill(String.valueOf(elder.get("building_number")));
        page.getByLabel("单元").fill(String.valueOf(elder.get("unit_number")));
        page.getByLabel("房号").fill((String) elder.get("room"));
        page.getByLabel("当面同意").check();
        page.getByLabel("同意情况说明").fill("上门探望时本人说想去看电影，同意由我代为报名");
        assertAccessible();
        screenshot("register-for-event-filled-360");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("代为报名").setExact(true)).click();
        assertThat(page.locator(".flash")).containsText("已代为报名");
        screenshot("register-for-event-done-360");

        // the same again: refused, with what was typed kept
        page.getByLabel("居民姓名").fill((String) elder.get("name"));
        page.getByLabel("楼号").fill(String.valueOf(elder.get("building_number")));
        page.getByLabel("单元").fill(String.valueOf(elder.get("unit_number")));
        page.getByLabel("房号").fill((String) elder.get("room"));
        page.getByLabel("电话同意").check();
        page.getByLabel("同意情况说明").fill("电话确认");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("代为报名").setExact(true)).click();
        assertThat(page.locator("#refusal")).containsText("已经报名或在候补中");
        assertThat(page.getByLabel("同意情况说明")).hasValue("电话确认");
        assertAccessible();
        screenshot("register-for-event-refused-360");

        long vote = jdbc.sql("select min(id) from vote where community_id = 1 and state = 'OPEN'").query(Long.class)
                .single();
        signIn("rc.staff");
        open("/votes/" + vote + "/manage/enter-for");
        assertThat(page.locator("#f-evidence")).isVisible();
        assertAccessible();
        screenshot("enter-ballot-for-360");
    }
}
