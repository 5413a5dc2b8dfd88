package org.gongzhi.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * A subdistrict officer compares the communities of 九里亭街道 on a phone and a desktop, ranks them by a measure and
 * downloads the monthly report as .xlsx and PDF. Every page passes axe-core; the ranking chart is drawn from its table.
 */
class SubdistrictOfficerComparesCommunitiesTest extends BrowserTest {

    @Test
    void the_officer_compares_the_communities_on_a_phone_and_ranks_them_by_a_measure() {
        signIn("subdistrict.officer");
        open("/subdistrict");
        assertThat(page.locator("h1")).hasText("九里亭街道 · 社区对比");
        assertThat(page.locator("#side-table thead")).containsText("涞亭居民区");
        assertThat(page.locator("#side-table thead")).containsText("云润居民区");
        assertThat(page.locator("[data-table='ranking-table'].drawn svg")).hasCount(1);
        assertAccessible();
        screenshot("subdistrict-phone");

        page.locator("#side-table").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("现住户数")).click();
        assertThat(page).hasURL(Pattern.compile(".*/subdistrict\\?.*measure=HOUSEHOLDS.*"));
        assertThat(page.locator("#ranking-h")).hasText("按“现住户数”排名");
        assertThat(page.locator("#ranking-table tbody tr").first().locator("th")).hasText("奥园居民区");
        page.locator("#s-order").selectOption("asc");
        page.locator("#subdistrict-filter button").click();
        assertThat(page.locator("#ranking-table tbody tr").last().locator("th")).hasText("奥园居民区");
        assertAccessible();
        screenshot("subdistrict-ranked-phone");
    }

    @Test
    void the_officer_downloads_the_monthly_report_on_a_desktop() throws Exception {
        usePhone(1280, 900);
        signIn("subdistrict.officer");
        open("/subdistrict?measure=WORK_ORDERS_ON_TIME");
        assertThat(page.locator("#ranking-h")).hasText("按“工单按期率”排名");
        assertAccessible();
        screenshot("subdistrict-desktop");
        Download xlsx = page.waitForDownload(() -> page.locator("#report-xlsx").click());
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).matches("subdistrict-report-\\d{4}-\\d{2}\\.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue())
                    .endsWith("居民区");
        }
        Download pdf = page.waitForDownload(() -> page.locator("#report-pdf").click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
                    .contains("九里亭街道", "涞亭居民区", "工单按期率");
        }
    }

    @Test
    void a_bad_range_is_explained_on_the_page() {
        signIn("subdistrict.officer");
        open("/subdistrict?from=2026-06-01&to=2026-01-01");
        assertThat(page.locator("#problems")).containsText("结束日期不能早于开始日期");
        assertAccessible();
    }
}
