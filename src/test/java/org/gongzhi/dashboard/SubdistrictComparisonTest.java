package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.IntegrationTest;

/**
 * A subdistrict officer compares the communities of their subdistrict: each community's figures are those its own
 * residents' committee reads on the dashboard, the ranking follows the measure and order asked for, bad input is
 * refused with the field named, and the monthly report downloads as .xlsx and as a PDF of real text, audited.
 */
class SubdistrictComparisonTest extends IntegrationTest {

    private static final String OFFICER = "subdistrict.officer";

    @Autowired
    JsonMapper json;

    @Test
    void the_officer_sees_every_community_of_the_subdistrict_with_the_figures_its_staff_see() throws Exception {
        JsonNode compared = read(mvc.perform(get("/api/v1/subdistrict").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(compared.get("subdistrict").asString()).isEqualTo("九里亭街道");
        List<String> codes = codes(compared);
        assertThat(codes).contains("AOYUAN", "LAITING", "YUNRUN");
        for (String[] staff : new String[][] {{"AOYUAN", "rc.staff"}, {"LAITING", "rc.staff.laiting"},
                {"YUNRUN", "rc.staff.yunrun"}}) {
            JsonNode own = read(mvc.perform(get("/api/v1/dashboard").with(as(staff[1]))).andExpect(status().isOk())
                    .andReturn());
            JsonNode row = community(compared, staff[0]);
            assertThat(row.get("values").get("HOUSEHOLDS").asLong()).as(staff[0])
                    .isEqualTo(own.get("total").get("households").asLong())
                    .isEqualTo(householdsLivingIn(staff[0]));
            assertThat(row.get("values").get("RESIDENTS").asLong())
                    .isEqualTo(own.get("total").get("residents").asLong());
            assertThat(row.get("values").get("WORK_ORDERS_DUE").asLong())
                    .isEqualTo(own.get("workOrders").get("totals").get("counts").path("DUE").asLong(0));
        }
        assertThat(community(compared, "LAITING").get("values").get("HOUSEHOLDS").asLong()).isEqualTo(340);
        assertThat(community(compared, "YUNRUN").get("values").get("HOUSEHOLDS").asLong()).isEqualTo(250);
    }

    @Test
    void the_officer_ranks_the_communities_on_a_measure_either_way() throws Exception {
        JsonNode most = read(mvc.perform(get("/api/v1/subdistrict").param("measure", "households").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(most.get("rankedBy").asString()).isEqualTo("HOUSEHOLDS");
        List<Long> households = new ArrayList<>();
        most.get("communities").forEach(c -> households.add(c.get("values").get("HOUSEHOLDS").asLong()));
        assertThat(households).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(codes(most).getFirst()).isEqualTo("AOYUAN");
        assertThat(most.get("communities").get(0).get("rank").asInt()).isEqualTo(1);

        JsonNode fewest = read(mvc.perform(get("/api/v1/subdistrict").param("measure", "HOUSEHOLDS")
                .param("order", "asc").with(as(OFFICER))).andExpect(status().isOk()).andReturn());
        assertThat(codes(fewest).getLast()).isEqualTo("AOYUAN");
        assertThat(codes(fewest).indexOf("YUNRUN")).isLessThan(codes(fewest).indexOf("LAITING"));

        JsonNode overdue = read(mvc.perform(get("/api/v1/subdistrict").param("measure", "WORK_ORDERS_OVERDUE")
                .with(as(OFFICER))).andExpect(status().isOk()).andReturn());
        assertThat(overdue.get("ascending").asBoolean()).as("fewer overdue ranks first").isTrue();
    }

    @Test
    void bad_input_is_refused_with_the_field_named() throws Exception {
        mvc.perform(get("/api/v1/subdistrict").param("from", "2026-06-01").param("to", "2026-01-01")
                .with(as(OFFICER))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("结束日期不能早于开始日期"));
        mvc.perform(get("/api/v1/subdistrict").param("from", "2020-01-01").param("to", "2025-06-01")
                .with(as(OFFICER))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("统计期最长 5 年"));
        mvc.perform(get("/api/v1/subdistrict").param("measure", "happiness").with(as(OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("measure"));
        mvc.perform(get("/api/v1/subdistrict").param("order", "sideways").with(as(OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("order"));
        mvc.perform(get("/subdistrict").param("from", "2026-06-01").param("to", "2026-01-01").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "结束日期不能早于开始日期")));
        String nextMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();
        mvc.perform(get("/subdistrict/report.xlsx").param("month", nextMonth).with(as(OFFICER)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void only_subdistrict_officers_compare_communities() throws Exception {
        for (String staff : List.of("rc.staff", "rc.staff.laiting", "resident", "admin")) {
            mvc.perform(get("/api/v1/subdistrict").with(as(staff))).andExpect(status().isForbidden());
            mvc.perform(get("/subdistrict/report.pdf").with(as(staff))).andExpect(status().isForbidden());
        }
    }

    @Test
    void the_monthly_report_downloads_as_a_spreadsheet_and_a_pdf_of_real_text_and_is_audited() throws Exception {
        String month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).minusMonths(1).toString();
        long before = audited();
        byte[] xlsx = mvc.perform(get("/subdistrict/report.xlsx").param("month", month).with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("九里亭街道").contains("月度报告");
            Row header = sheet.getRow(3);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names).contains("奥园居民区", "涞亭居民区", "云润居民区");
            int laiting = names.indexOf("涞亭居民区");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("现住户数");
            assertThat(sheet.getRow(4).getCell(laiting).getNumericCellValue()).isEqualTo(340);
        }
        byte[] pdf = mvc.perform(get("/subdistrict/report.pdf").param("month", month).with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("云润居民区").contains("现住户数").contains("250");
        }
        assertThat(audited()).isEqualTo(before + 2);
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'SUBDISTRICT_REPORT_EXPORTED' "
                + "and actor = 'subdistrict.officer'").query(Long.class).single();
    }

    private long householdsLivingIn(String code) {
        return jdbc.sql("""
                select count(*) from household h join community c on c.id = h.community_id
                where c.code = ? and h.dissolved_on is null
                  and exists (select 1 from resident r where r.household_id = h.id and r.moved_out is null)""")
                .param(code).query(Long.class).single();
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static List<String> codes(JsonNode compared) {
        List<String> codes = new ArrayList<>();
        compared.get("communities").forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    private static JsonNode community(JsonNode compared, String code) {
        for (JsonNode c : compared.get("communities")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no community " + code);
    }
}
