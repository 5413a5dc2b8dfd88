package org.gongzhi.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.community.ResidentWorkbookTest.newIdCard;
import static org.gongzhi.community.ResidentWorkbookTest.newName;
import static org.gongzhi.community.ResidentWorkbookTest.resident;
import static org.gongzhi.community.ResidentWorkbookTest.withWrongCheckDigit;
import static org.gongzhi.community.ResidentWorkbookTest.xlsx;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** Residents' committee staff upload a spreadsheet on a phone and learn exactly which cell to correct. */
class StaffImportsResidentsTest extends BrowserTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void staff_upload_a_file_with_one_bad_row_and_see_the_row_and_column_to_correct() {
        long before = jdbc.sql("select count(*) from resident").query(Long.class).single();
        String good = newName();
        byte[] file = xlsx(resident(good, newIdCard(), "户主", "AY-2-1", "401"),
                resident(newName(), withWrongCheckDigit(newIdCard()), "配偶", "AY-2-1", "401"));

        signIn("rc.staff");
        open("/residents/import");
        assertAccessible();
        page.getByLabel("选择填好的 Excel 文件（.xlsx）").setInputFiles(new FilePayload("居民.xlsx", XLSX, file));
        upload();

        Locator report = page.getByRole(AriaRole.ALERT);
        assertThat(report).containsText("没有导入任何居民");
        Locator problems = report.locator("tbody tr");
        assertThat(problems).hasCount(1);
        assertThat(problems.locator("td").nth(0)).hasText("3");
        assertThat(problems.locator("td").nth(1)).hasText("身份证号");
        assertThat(problems.locator("td").nth(2)).containsText("校验位不正确");
        screenshot("import-report");
        assertAccessible();

        assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from resident where name = ?").param(good).query(Long.class).single())
                .isZero();
    }

    @Test
    void staff_upload_a_good_file_and_are_told_how_many_residents_were_imported() {
        String name = newName();
        signIn("rc.staff");
        open("/residents/import");
        page.getByLabel("选择填好的 Excel 文件（.xlsx）").setInputFiles(
                new FilePayload("居民.xlsx", XLSX, xlsx(resident(name, newIdCard(), "户主", "AY-2-1", "402"))));
        upload();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("已导入 1 位居民");
        screenshot("import-done");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看居民列表")).click();
        page.getByLabel("查找居民").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找").setExact(true)).click();
        assertThat(page.locator("#results")).containsText(name);
    }

    private void upload() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查并导入")).click();
    }
}
