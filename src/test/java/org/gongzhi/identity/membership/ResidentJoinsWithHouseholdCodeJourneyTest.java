package org.gongzhi.identity.membership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * On a phone: the committee prints a household code from the sign-ups page, and a resident of that household joins
 * from the stairwell's link with it and is verified at once; an administrator opens a staff account and unlocks it.
 * Every page passes axe-core.
 */
class ResidentJoinsWithHouseholdCodeJourneyTest extends BrowserTest {

    @Test
    void staff_print_a_household_code_and_a_resident_joins_with_it_on_a_phone() {
        Home home = jdbc.sql("""
                select r.id, r.name, s.code, s.building_number, s.unit_number, u.room from register_resident r
                join register_unit u on u.id = r.unit_id join register_stairwell s on s.id = r.stairwell_id
                where r.moved_out is null and r.birth_date < date '2000-01-01'
                  and not exists (select 1 from identity_account a where a.resident_id = r.id)
                  and (select count(*) from register_resident o where o.household_id = r.household_id
                       and o.name = r.name and o.moved_out is null) = 1
                order by r.id limit 1 offset 777""")
                .query((rs, n) -> new Home(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                        rs.getInt("building_number"), rs.getInt("unit_number"), rs.getString("room")))
                .single();

        signIn("rc.staff");
        open("/admin/joins");
        assertAccessible();
        page.locator("#c-building").fill(String.valueOf(home.building()));
        page.locator("#c-unit").fill(String.valueOf(home.unit()));
        page.locator("#c-room").fill(home.room());
        page.locator("#code-h ~ form button[type=submit]").click();
        String code = page.locator(".issued .code").innerText().strip();
        assertAccessible();
        screenshot("household-code-issued");
        open("/admin/accounts?q=rep.grid");
        assertThat(page.locator("main table")).containsText("rep.grid1");
        assertAccessible();
        context.clearCookies();

        open("/join?stairwell=" + home.stairwellCode());
        assertThat(page.locator("#f-building")).hasValue(String.valueOf(home.building()));
        assertAccessible();
        page.locator("#f-name").fill(home.name());
        page.locator("#f-phone").fill("13912345678");
        page.locator("#f-room").fill(home.room());
        page.locator("#f-code").fill(code);
        page.locator("#f-username").fill("journey." + home.id());
        page.locator("#f-password").fill("journey-pass-1");
        screenshot("join-form");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator("main")).containsText("已核验");
        assertAccessible();
        screenshot("join-verified");
    }

    @Test
    void an_administrator_opens_a_staff_account_and_unlocks_it_after_too_many_wrong_passwords() {
        String username = "journey.staff." + System.nanoTime() % 100_000;
        signIn("admin");
        open("/admin/accounts");
        assertAccessible();
        page.locator("#f-username").fill(username);
        page.locator("#f-displayName").fill("物业 新同事");
        page.locator("#f-role").selectOption("PM_STAFF");
        page.locator("#new-h ~ form button[type=submit]").click();
        assertThat(page.locator(".issued .code")).isVisible();
        assertAccessible();
        jdbc.sql("update account set locked_until = ? where username = ?")
                .params(java.time.OffsetDateTime.now().plusMinutes(15), username).update();
        page.reload();
        assertThat(page.locator("main")).containsText("密码错误次数过多");
        screenshot("account-locked-for-failures");
        page.locator("form[action$='/unlock'] button").click();
        assertThat(page.locator(".flash")).containsText("已解锁");
        assertThat(page.locator("main")).not().containsText("密码错误次数过多");
        assertAccessible();
        screenshot("account-unlocked");
    }

    record Home(long id, String name, String stairwellCode, int building, int unit, String room) {
    }
}
