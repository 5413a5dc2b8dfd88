package org.gongzhi.deliberation.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** A resident reads the demo meeting (the central garden) on a phone, its minutes, and downloads them as a PDF. */
class ResidentDownloadsMeetingMinutesTest extends BrowserTest {

    private long demoMeeting() {
        return jdbc.sql("select min(id) from meeting where place = '居委会议事厅'").query(Long.class).single();
    }

    @Test
    void a_resident_reads_the_meeting_and_downloads_its_minutes() throws Exception {
        long id = demoMeeting();
        signIn("resident");
        open("/meetings/" + id);
        assertThat(page.locator("#quorum")).hasText("四方到齐，可以议决");
        assertThat(page.locator(".agenda-item").first()).containsText("中心花园");
        assertAccessible();
        screenshot("meeting-demo");

        page.locator("#meeting-facts").getByText("会议纪要（可打印）").click();
        assertThat(page.locator("h1")).containsText("议事会纪要");
        assertAccessible();
        screenshot("meeting-minutes-demo");

        Download download = page.waitForDownload(() -> page.locator("#minutes-pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo("议事会纪要-" + id + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("奥园居民区议事会纪要", "中心花园");
        }
    }

    @Test
    void staff_see_the_demo_meeting_with_its_download() {
        signIn("rc.staff");
        open("/meetings/" + demoMeeting());
        assertThat(page.locator("#minutes-pdf")).isVisible();
        assertAccessible();
        screenshot("meeting-demo-staff");
    }
}
