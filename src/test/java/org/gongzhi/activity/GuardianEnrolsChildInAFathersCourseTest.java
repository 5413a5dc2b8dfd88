package org.gongzhi.activity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** On a phone: a father offers a 爸爸兵团 course, and a parent enrols a child of the household in another one. */
class GuardianEnrolsChildInAFathersCourseTest extends BrowserTest {

    @Autowired
    CourseHandling courses;
    @Autowired
    Clock clock;
    @Autowired
    Accounts accounts;

    @Test
    void a_guardian_enrols_a_child_in_a_fathers_course_and_sees_the_place_at_each_session() {
        // a household with a child, whose adult has no account yet: the test opens one, so that no other test's
        // use of a shared account (a lock, a changed password) can stand in its way
        Map<String, Object> found = jdbc.sql("""
                select g.id as guardian_id, c.id as child_id, c.name as child_name, c.birth_date
                from register_resident g
                join register_resident c on c.household_id = g.household_id and c.moved_out is null and c.id <> g.id
                where g.moved_out is null and g.community_id = 1 and g.birth_date < ? and c.birth_date > ?
                and c.birth_date <= ?
                and not exists (select 1 from identity_account a where a.resident_id = g.id)
                order by g.id asc, c.id limit 1""")
                .params(LocalDate.now(clock).minusYears(25), LocalDate.now(clock).minusYears(15),
                        LocalDate.now(clock).minusYears(3)).query().singleRow();
        if (jdbc.sql("select count(*) from identity_account where username = ?").param("family.course").query(Long.class)
                .single() == 0) {
            accounts.open(new NewAccount("family.course", DEMO_PASSWORD, "家长", 1L, ((Number) found.get("guardian_id"))
                    .longValue(), Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        Map<String, Object> family = new java.util.HashMap<>(found);
        family.put("username", "family.course");
        Actor staff = new Actor(0, "rc.staff", "居委会", 1L, null, false, Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        long father = jdbc.sql("""
                select id from register_resident where community_id = 1 and moved_out is null and gender = 'M'
                and birth_date <= ?
                and birth_date > ? order by id desc limit 1""")
                .params(LocalDate.now(clock).minusYears(30), LocalDate.now(clock).minusYears(42))
                .query(Long.class).single();
        OffsetDateTime first = LocalDate.now(clock).plusDays(4).atTime(15, 0).atZone(CommunityEvent.ZONE)
                .toOffsetDateTime();
        String title = "消防员爸爸讲防火 " + UUID.randomUUID().toString().substring(0, 4);
        long id = courses.offer(staff, new CourseInput(title, "消防员", "认识灭火器，学会打 119。", 3, 14, 12,
                List.of(new CourseInput.SessionInput(first, first.plusMinutes(90), "社区消防站"),
                        new CourseInput.SessionInput(first.plusWeeks(1), first.plusWeeks(1).plusMinutes(90),
                                "社区消防站"))), father);
        courses.publish(staff, id);

        signIn((String) family.get("username"));
        open("/events");
        page.locator("#courses-link").click();
        assertThat(page.locator("h1")).hasText("爸爸兵团");
        assertAccessible();
        screenshot("courses");
        page.locator("#courses-coming a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#course-facts")).containsText("消防员");
        page.locator("#f-childId").selectOption(String.valueOf(family.get("child_id")));
        assertAccessible();
        screenshot("course-enrol");
        page.locator("#enrol").click();
        assertThat(page.locator(".flash")).containsText("已为孩子报名");
        assertThat(page.locator("#enrolled")).containsText((String) family.get("child_name"));
        assertThat(page.locator("#course-places")).containsText("已报 1 / 12");
        screenshot("course-enrolled");

        page.locator("#session-1 a").click();
        assertThat(page.locator("#course-link")).isVisible();
        assertThat(page.locator("#my-registrations")).containsText((String) family.get("child_name"));
        assertThat(page.locator("#register-form")).hasCount(0);
        assertAccessible();
        screenshot("course-session-event");
    }

    @Test
    void a_father_offers_a_course_and_publishes_it_on_a_phone() {
        signIn("resident");
        open("/courses/new");
        assertAccessible();
        page.locator("#f-title").fill("厨师爸爸教做饺子");
        page.locator("#f-profession").fill("厨师");
        page.locator("#f-minAge").fill("10");
        page.locator("#f-maxAge").fill("8");
        page.locator("#f-capacity").fill("10");
        String day = LocalDate.now(clock).plusDays(12).toString();
        page.locator("#f-start-0").fill(day + "T10:00");
        page.locator("#f-end-0").fill(day + "T11:30");
        page.locator("#f-place-0").fill("社区食堂");
        page.locator("#offer").click();
        assertThat(page.locator("#problems")).containsText("最高年龄不能小于最低年龄");
        assertAccessible();
        screenshot("course-offer-problem");
        page.locator("#f-minAge").fill("6");
        page.locator("#offer").click();
        assertThat(page.locator(".flash")).containsText("草稿已保存");
        assertThat(page.locator("#course-facts")).containsText("草稿");
        page.locator("#publish-course").click();
        assertThat(page.locator(".flash")).containsText("课程已发布");
        assertThat(page.locator("#session-1 a")).isVisible();
        assertAccessible();
        screenshot("course-published");
    }
}
