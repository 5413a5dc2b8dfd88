package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.community.QrCodesTest.bitmap;
import static org.gongzhi.community.QrCodesTest.decode;
import static org.gongzhi.community.QrCodesTest.read;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.internal.QrSheet;

class QrSheetTest extends IntegrationTest {

    @Test
    void anyone_gets_the_qr_code_that_opens_a_stairwell_card() throws Exception {
        byte[] png = mvc.perform(get("/s/AY-1-1/qr.png"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(decode(read(png))).startsWith("http").endsWith("/s/AY-1-1");
    }

    @Test
    void the_qr_code_carries_the_stairwell_code_as_the_register_spells_it() throws Exception {
        byte[] png = mvc.perform(get("/s/ay-1-1/qr.png")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(decode(read(png))).endsWith("/s/AY-1-1");
    }

    @Test
    void an_unknown_stairwell_has_no_qr_code() throws Exception {
        mvc.perform(get("/s/AY-999-9/qr.png")).andExpect(status().isNotFound());
    }

    @Test
    void staff_print_a_grid_as_a4_pages_of_labels_that_scan() throws Exception {
        List<String> codes = gridOneCodes();
        assertThat(codes).hasSize(23);

        byte[] pdf = mvc.perform(get("/stairwells/qr.pdf?grid=1").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("attachment; filename=\"stairwell-qr-grid-1.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int labelsPerPage = QrSheet.LABELS_PER_PAGE;
            assertThat(document.getNumberOfPages()).isEqualTo((codes.size() + labelsPerPage - 1) / labelsPerPage);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            Path screenshot = Path.of("target/screenshots/qr-sheet.png");
            Files.createDirectories(screenshot.getParent());
            ImageIO.write(page, "png", screenshot.toFile());
            assertThat(stairwellCodesIn(page)).containsExactlyInAnyOrderElementsOf(codes.subList(0, labelsPerPage));
        }
    }

    @Test
    void residents_may_not_print_and_strangers_are_sent_to_sign_in() throws Exception {
        mvc.perform(get("/stairwells/qr.pdf?grid=1").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/stairwells/qr.pdf?grid=1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_grid_without_stairwells_has_no_sheet() throws Exception {
        mvc.perform(get("/stairwells/qr.pdf?grid=99").with(as("rc.staff"))).andExpect(status().isNotFound());
    }

    @Test
    void an_administrator_gets_every_stairwell_as_one_image_that_still_scans() throws Exception {
        byte[] png = mvc.perform(get("/stairwells/qr.png").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("stairwell-qr-all.png")))
                .andReturn().getResponse().getContentAsByteArray();

        BufferedImage sheet = read(png);
        int rows = (337 + QrSheet.COLUMNS - 1) / QrSheet.COLUMNS;
        BufferedImage firstLabel = sheet.getSubimage(0, 0, sheet.getWidth() / QrSheet.COLUMNS,
                sheet.getHeight() / rows);
        assertThat(png.length).isLessThan(5_000_000);
        assertThat(sheet.getHeight()).isLessThan(32_767);
        assertThat(decode(firstLabel)).endsWith("/s/AY-1-1");
    }

    private List<String> gridOneCodes() {
        return jdbc.sql("""
                select s.code from stairwell s join building b on b.id = s.building_id join grid g on g.id = s.grid_id
                where g.number = 1 and s.community_id = 1
                order by b.number, s.unit_number""").query(String.class).list();
    }

    private static List<String> stairwellCodesIn(BufferedImage page) throws Exception {
        Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap(page),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return Arrays.stream(found).map(Result::getText).map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
    }
}
