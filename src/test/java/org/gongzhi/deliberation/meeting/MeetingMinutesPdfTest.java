package org.gongzhi.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;

/** The minutes of a held meeting download as an A4 PDF whose text reads back; a meeting not held has none. */
class MeetingMinutesPdfTest extends IntegrationTest {

    private static final String LONG_PLAN = "第一期更换座椅和凉亭，第二期更换儿童滑梯并铺设塑胶地面，夜间照明同步改造。".repeat(50);

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long meeting(String place, LocalDateTime heldAt) throws Exception {
        String json = send("rc.staff", "/api/v1/meetings", MeetingApiTest.meetingJson(place)
                .replace("2026-12-03T19:00", heldAt.truncatedTo(ChronoUnit.MINUTES).toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static LocalDateTime shanghaiNow() {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A held meeting that answered, planned (with a long plan) and co-signed one proposal. */
    private long[] heldMeetingWithLongPlan() throws Exception {
        long proposal = MeetingApiTest.proposalOnAgenda(mvc, this::as,
                "纪要花园改造 " + UUID.randomUUID().toString().substring(0, 4));
        long id = meeting("纪要测试议事厅", shanghaiNow().minusDays(1));
        String base = "/api/v1/meetings/" + id;
        send("rc.staff", base + "/agenda", "{\"proposalId\":" + proposal + "}").andExpect(status().isOk());
        send("rc.staff", base + "/attendance", """
                {"parties":["RESIDENTS_COMMITTEE","OWNERS_COMMITTEE","PROPERTY_COMPANY","RESIDENT_REPRESENTATIVES"]}""")
                .andExpect(status().isOk());
        String[][] answers = {{"RESIDENTS_COMMITTEE", "SUPPORT", "老人孩子每天都去"},
                {"OWNERS_COMMITTEE", "SUPPORT_WITH_CHANGES", "维修资金使用须经业主表决"},
                {"PROPERTY_COMPANY", "SUPPORT", "设施老化有安全隐患"},
                {"RESIDENT_REPRESENTATIVES", "OPPOSE", "先修健身角"}};
        for (String[] a : answers) {
            send("rc.staff", base + "/answers", """
                    {"proposalId":%d,"party":"%s","position":"%s","reasoning":"%s","contribution":"出人出力"}"""
                    .formatted(proposal, a[0], a[1], a[2])).andExpect(status().isOk());
        }
        send("rc.staff", base + "/plan", """
                {"proposalId":%d,"plan":"%s","cost":"12345.67","fundingSource":"专项维修资金",
                 "responsibilities":"物业施工；业委会监督"}""".formatted(proposal, LONG_PLAN))
                .andExpect(status().isOk());
        for (String party : new String[] {"RESIDENTS_COMMITTEE", "OWNERS_COMMITTEE", "PROPERTY_COMPANY",
                "RESIDENT_REPRESENTATIVES"}) {
            send("rc.staff", base + "/signatures", """
                    {"proposalId":%d,"party":"%s","signer":"签字人%s"}""".formatted(proposal, party, party.length()))
                    .andExpect(status().isOk());
        }
        return new long[] {id, proposal};
    }

    @Test
    void the_minutes_of_a_held_meeting_download_as_a_pdf_whose_chinese_text_reads_back() throws Exception {
        long[] held = heldMeetingWithLongPlan();
        long id = held[0];
        byte[] pdf = mvc.perform(get("/meetings/" + id + "/minutes.pdf").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.allOf(
                        Matchers.startsWith("attachment;"),
                        // 议事会纪要-<id>.pdf, percent-encoded in UTF-8 (RFC 5987)
                        Matchers.containsString("filename*=UTF-8''%E8%AE%AE%E4%BA%8B%E4%BC%9A%E7%BA%AA%E8%A6%81-"
                                + id + ".pdf"))))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("a long plan runs on over pages").isGreaterThanOrEqualTo(2);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", "");
            assertThat(flat).contains("奥园居民区议事会纪要", "纪要测试议事厅", "四方到会", "居委会：到会·李老师",
                    "业委会：到会·王主任（南区工作小组）", "四方到齐，可以议决", "智囊团顾问：律师周先生",
                    "议题#" + held[1] + "：纪要花园改造", "业委会：修改后支持", "理由：维修资金使用须经业主表决",
                    "居民代表：反对", "本方承担：出人出力", "费用估算（元）：¥12345.67", "资金来源：专项维修资金",
                    "分工：物业施工；业委会监督", "四方已会签，议题已议决");
            assertThat(flat.replaceAll("第\\d+页，共\\d+页", "").contains(LONG_PLAN))
                    .as("the whole long plan, across lines and pages (page footers aside)").isTrue();
            assertThat(text).contains("第 1 页，共 " + document.getNumberOfPages() + " 页",
                    "第 " + document.getNumberOfPages() + " 页，共 " + document.getNumberOfPages() + " 页");
            // the residents' committee signs with its own account, in its name; staff recorded the other three (代录)
            assertThat(flat).containsPattern("居委会：居委会李老师已签（\\d{4}-\\d{2}-\\d{2}\\d{2}:\\d{2}）");
            assertThat(flat).containsPattern("业委会：签字人\\d+已签（\\d{4}-\\d{2}-\\d{2}\\d{2}:\\d{2}）由居委会李老师代录");
        }

        mvc.perform(get("/api/v1/meetings/" + id + "/minutes.pdf").with(as("oc.member")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(id + ".pdf")));
        mvc.perform(get("/meetings/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"minutes-pdf\"")));
        mvc.perform(get("/meetings/" + id + "/minutes").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/minutes.pdf")));
    }

    @Test
    void a_meeting_not_yet_held_has_no_minutes_to_download() throws Exception {
        long future = meeting("还没开的会", shanghaiNow().plusDays(3));
        send("rc.staff", "/api/v1/meetings/" + future + "/attendance", "{\"parties\":[\"RESIDENTS_COMMITTEE\"]}")
                .andExpect(status().isOk());
        long unrecorded = meeting("没记到会的会", shanghaiNow().minusDays(2));
        for (long id : new long[] {future, unrecorded}) {
            mvc.perform(get("/api/v1/meetings/" + id + "/minutes.pdf").with(as("rc.staff")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("还没有召开")));
            mvc.perform(get("/meetings/" + id + "/minutes.pdf").with(as("rc.staff")))
                    .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/meetings/" + id))
                    .andExpect(flash().attribute("refusal", Matchers.containsString("还没有纪要可下载")));
            mvc.perform(get("/meetings/" + id).with(as("rc.staff"))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"minutes-pdf\""))))
                    .andExpect(content().string(Matchers.containsString("召开并记录到会情况后")));
        }
    }

    @Test
    void only_signed_in_people_of_the_community_may_download_minutes() throws Exception {
        long id = heldDemoMeeting();
        mvc.perform(get("/api/v1/meetings/" + id + "/minutes.pdf")).andExpect(status().isUnauthorized());
        mvc.perform(get("/meetings/" + id + "/minutes.pdf")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/meetings/999999/minutes.pdf").with(as("resident")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_demo_meeting_minutes_are_published() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/meetings/" + heldDemoMeeting() + "/minutes.pdf").with(as("resident")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("中心花园", "¥186000.00", "专项维修资金（经业主表决）", "张阿姨");
    }

    private long heldDemoMeeting() {
        return jdbc.sql("select min(id) from meeting where place = '居委会议事厅'").query(Long.class).single();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
