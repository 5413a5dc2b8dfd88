package org.gongzhi.patrol;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.patrol.record.PatrolRecord;

/**
 * The patrol day of grid branch 6 on a narrow phone, recorded by the residents' committee: three steps, the roster
 * folded by building with a filter, and a connection that drops halfway; nothing ticked or typed is lost.
 */
class StaffRecordsPatrolDayOfflineTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions UPLOAD = new LocatorAssertions.HasTextOptions()
            .setTimeout(15_000);

    @Autowired
    private PatrolSchedules schedules;

    @Autowired
    private PatrolRecords records;

    private LocalDate day(int branch) {
        return records.latestHeld(schedules.schedule(schedules.defaultCommunity(), branch)).orElseThrow().date();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long record(int branch, LocalDate date) {
        return records.find(schedules.schedule(schedules.defaultCommunity(), branch), date).map(PatrolRecord::id)
                .orElse(0L);
    }

    @Test
    void ticks_checklist_and_a_finding_made_offline_all_reach_the_server_once_back_online() {
        LocalDate date = day(6);
        List<Long> roster = jdbc.sql("""
                select r.id from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                join stairwell s on s.id = u.stairwell_id join grid g on g.id = s.grid_id
                join grid_branch b on b.id = g.grid_branch_id
                where b.community_id = 1 and b.number = 6 and r.party_member
                and r.moved_out is null order by r.id limit 2""")
                .query(Long.class).list();
        String name = jdbc.sql("select name from resident where id = ?").param(roster.get(0)).query(String.class)
                .single();
        usePhone(360, 780);
        signIn("rc.staff");
        open("/patrols/branches/6/" + date);
        assertThat(page.locator("#step-attendance")).isVisible();
        assertThat(page.locator("#step-checklist")).isHidden();
        assertThat(page.locator("#step-attendance details.patrol-group[open]")).hasCount(0);
        assertAccessible();
        screenshot("patrol-day-360-attendance");

        page.getByLabel("找其他居民（姓名、手机尾号或地址）").fill(name);
        assertThat(page.locator("#filter-status")).containsText("名单里有");
        assertThat(page.locator("#p-" + roster.get(0))).isVisible();
        screenshot("patrol-day-360-filtered");

        context.setOffline(true);
        page.locator("#p-" + roster.get(0)).check();
        page.getByLabel("找其他居民（姓名、手机尾号或地址）").fill("");
        page.locator("#step-attendance details.patrol-group:has(#p-" + roster.get(1) + ") > summary").click();
        page.locator("#p-" + roster.get(1)).check();
        assertThat(page.locator("#patrol-outbox")).containsText("2 项待上传");
        assertThat(page.locator("#sum-attendance")).hasText("2 人签到");

        page.locator("#to-checklist").click();
        assertThat(page.locator("#step-checklist")).isVisible();
        assertThat(page.locator("#step-attendance")).isHidden();
        page.locator("fieldset.check").nth(0).getByLabel("正常").check();
        page.locator("fieldset.check").nth(1).getByLabel("有问题").check();
        assertThat(page.locator("#patrol-outbox")).containsText("4 项待上传");
        assertThat(page.locator("#sum-checklist")).containsText("2/");
        assertThat(page.locator("#checks-form details.patrol-group").first().locator(".patrol-group-sum"))
                .containsText("已查 2/");
        screenshot("patrol-day-360-checklist-offline");

        page.locator("#to-findings").click();
        String description = "消防通道被私家车占用 " + UUID.randomUUID();
        page.getByLabel("问题类别").selectOption("FIRE_LANE_BLOCKED");
        page.locator("#f-place").selectOption(new SelectOption().setIndex(1));
        page.locator("#f-description").fill(description);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交问题，转为工单")).click();
        assertThat(page.locator("#offline-status")).hasText("已保存在手机上，联网后自动上传");
        assertThat(page.locator("#patrol-outbox")).containsText("5 项待上传");
        assertThat(page.locator("#sum-findings")).hasText("1 个问题");
        assertThat(page.locator("#finding-list li.patrol-waiting")).containsText(description);
        screenshot("patrol-day-360-findings-offline");
        long record = record(6, date);
        assertThat(record == 0 ? 0 : count("select count(*) from patrol_attendance where record_id = ?", record))
                .isZero();
        assertThat(count("select count(*) from patrol_finding where description = ?", description)).isZero();

        context.setOffline(false);
        assertThat(page.locator("#offline-status")).hasText("已上传", UPLOAD);
        assertThat(page.locator("#step-findings")).isVisible();
        assertThat(page.locator("#finding-list")).containsText(description);
        record = record(6, date);
        assertThat(jdbc.sql("select resident_id from patrol_attendance where record_id = ?").param(record)
                .query(Long.class).list()).containsExactlyInAnyOrderElementsOf(roster);
        assertThat(jdbc.sql("select status from patrol_check where record_id = ? order by status").param(record)
                .query(String.class).list()).containsExactly("OK", "PROBLEM");
        assertThat(count("select count(*) from patrol_finding where description = ?", description)).isOne();
        assertThat(page.locator("#sum-attendance")).hasText("2 人签到");
        assertAccessible();
        screenshot("patrol-day-360-uploaded");

        // online, a tick on the checklist is saved at once: sending a finding next does not drop it
        page.locator("#to-checklist").click();
        page.locator("fieldset.check").nth(2).getByLabel("正常").check();
        page.locator("#to-findings").click();
        page.getByLabel("问题类别").selectOption("BROKEN_LIGHT");
        page.locator("#f-place").selectOption(new SelectOption().setIndex(3));
        page.locator("#f-description").fill("楼道灯不亮 " + UUID.randomUUID());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交问题，转为工单")).click();
        assertThat(page.locator("#offline-status")).hasText("已上传", UPLOAD);
        page.locator("#to-checklist").click();
        assertThat(page.locator("fieldset.check").nth(2).getByLabel("正常")).isChecked();
        assertThat(count("select count(*) from patrol_check where record_id = ?", record)).isEqualTo(3);
        assertThat(page.locator("#sum-checklist")).containsText("3/");
    }

    @Test
    void each_step_fits_a_narrow_phone_in_care_mode() {
        LocalDate date = day(6);
        usePhone(360, 780);
        useCareMode();
        signIn("rc.staff");
        open("/patrols/branches/6/" + date + "?step=checklist");
        assertThat(page.locator("#step-checklist")).isVisible();
        assertThat(page.locator("#to-checklist")).hasAttribute("aria-current", "step");
        assertAccessible();
        screenshot("patrol-day-360-care-checklist");
        assertTapSized(page.locator("#checks-form details.patrol-group > summary"));
        page.locator("#to-attendance").click();
        page.locator("#step-attendance details.patrol-group").first().locator("summary").click();
        assertAccessible();
        screenshot("patrol-day-360-care-attendance");
        assertTapSized(page.locator("#step-attendance details.patrol-group > summary"));
        page.locator("#to-findings").click();
        assertAccessible();
        screenshot("patrol-day-360-care-findings");
        assertThat(page.locator("body")).hasClass(java.util.regex.Pattern.compile("care"));
        Locator step = page.locator(".patrol-steps a").first();
        assertThat(step.boundingBox().height).isGreaterThanOrEqualTo(60);
    }

    /** Each group's heading is at least care mode's tap size (--tap, 60 px), not the 56 px of normal mode. */
    private static void assertTapSized(Locator summaries) {
        assertThat(summaries.count()).isPositive();
        for (int i = 0; i < summaries.count(); i++) {
            assertThat(summaries.nth(i).boundingBox().height).as("group heading " + i).isGreaterThanOrEqualTo(60);
        }
    }
}
