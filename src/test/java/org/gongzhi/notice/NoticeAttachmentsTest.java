package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.IntegrationTest;

/**
 * Notices carry images and PDFs, judged by their bytes: anything else is refused with a message naming the field and
 * nothing is saved. An attachment is seen by exactly those who see its notice; others get 404.
 */
class NoticeAttachmentsTest extends IntegrationTest {

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private long gridId(int number) {
        return jdbc.sql("select id from register_grid where community_id = 1 and number = ?").param(number)
                .query(Long.class).single();
    }

    private long noticesTitled(String title) {
        return jdbc.sql("select count(*) from notice where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void an_image_and_a_pdf_are_attached_and_seen_only_where_the_notice_is() throws Exception {
        String reader = ownResidentAccount("attach.reader", 12);
        String outsider = ownResidentAccount("attach.outsider", 13);
        String title = "二次供水水箱清洗 " + UUID.randomUUID().toString().substring(0, 4);
        String location = mvc.perform(multipart("/notices/new")
                        .file(new MockMultipartFile("attachments", "停水范围.pdf", "application/pdf", pdf()))
                        .file(new MockMultipartFile("attachments", "水箱.png", "image/png", png()))
                        .param("category", "UTILITIES").param("place", "GRID:" + gridId(12)).param("title", title)
                        .param("body", "周三 9:00-15:00 停水。").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/", ""));

        String list = mvc.perform(get("/api/v1/notices/" + id + "/attachments").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("停水范围.pdf"))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$[1].contentType").value("image/png"))
                .andReturn().getResponse().getContentAsString();
        long pdfId = ((Number) com.jayway.jsonpath.JsonPath.read(list, "$[0].id")).longValue();
        long pngId = ((Number) com.jayway.jsonpath.JsonPath.read(list, "$[1].id")).longValue();

        mvc.perform(get("/notices/" + id + "/attachments/" + pdfId).with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(content().string(Matchers.startsWith("%PDF-")));
        byte[] image = mvc.perform(get("/notices/" + id + "/attachments/" + pngId).with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image)).getWidth()).isEqualTo(40);
        mvc.perform(get("/notices/" + id).with(as(reader)))
                .andExpect(content().string(Matchers.containsString("下载 PDF：停水范围.pdf")));

        mvc.perform(get("/notices/" + id + "/attachments/" + pdfId).with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/" + id + "/attachments/" + pngId).with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/" + id + "/attachments").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notices/" + id + "/attachments/" + (pngId + 100_000)).with(as(reader)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_file_that_is_no_image_or_pdf_is_refused_by_its_content_and_nothing_is_saved() throws Exception {
        String title = "伪装的附件 " + UUID.randomUUID().toString().substring(0, 4);
        byte[] text = "this is only text pretending".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/notices/new")
                        .file(new MockMultipartFile("attachments", "通知.pdf", "application/pdf", text))
                        .param("category", "OTHER").param("place", "COMMUNITY").param("title", title)
                        .param("body", "正文").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("附件只能是图片（JPEG、PNG）或 PDF 文件")));
        assertThat(noticesTitled(title)).isZero();

        // a PDF header on a broken body is no PDF either
        byte[] fake = "%PDF-1.7 nothing else".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/notices/new")
                        .file(new MockMultipartFile("attachments", "x.png", "image/png", fake))
                        .param("category", "OTHER").param("place", "COMMUNITY").param("title", title)
                        .param("body", "正文").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("附件只能是图片（JPEG、PNG）或 PDF 文件")));
        assertThat(noticesTitled(title)).isZero();

        String location = mvc.perform(multipart("/notices/new").param("category", "OTHER").param("place", "COMMUNITY")
                        .param("title", title).param("body", "正文").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        mvc.perform(multipart("/api/v1/notices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", text))
                        .with(as("rc.staff")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("file")));
        mvc.perform(multipart("/api/v1/notices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf()))
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from notice_attachment where notice_id = ?").param(id).query(Long.class)
                .single()).isZero();
        mvc.perform(multipart("/api/v1/notices/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf()))
                        .with(as("rc.staff")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("scan.pdf"));
    }
}
