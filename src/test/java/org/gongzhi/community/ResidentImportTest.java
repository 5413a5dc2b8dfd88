package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.community.ResidentWorkbookTest.HEADERS;
import static org.gongzhi.community.ResidentWorkbookTest.newIdCard;
import static org.gongzhi.community.ResidentWorkbookTest.newName;
import static org.gongzhi.community.ResidentWorkbookTest.resident;
import static org.gongzhi.community.ResidentWorkbookTest.texts;
import static org.gongzhi.community.ResidentWorkbookTest.withWrongCheckDigit;
import static org.gongzhi.community.ResidentWorkbookTest.xlsx;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/** Importing residents from .xlsx, all or nothing, and exporting the register, through the API and the pages. */
class ResidentImportTest extends IntegrationTest {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String API_IMPORT = "/api/v1/residents/import";

    @Test
    void a_good_file_registers_every_row_and_residents_of_one_room_form_one_household() throws Exception {
        String husband = newName();
        String wife = newName();
        String neighbour = newName();
        byte[] file = xlsx(resident(husband, newIdCard(), "户主", "AY-2-1", "102"),
                resident(wife, newIdCard(), "配偶", "AY-2-1", "102"),
                resident(neighbour, newIdCard(), "户主", "AY-2-2", "201"));

        mvc.perform(upload(API_IMPORT, "good.xlsx", file).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.errors").doesNotExist());

        mvc.perform(get("/api/v1/residents").param("q", wife).with(as("rc.staff")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].stairwellCode").value("AY-2-1"))
                .andExpect(jsonPath("$.items[0].room").value("102"))
                .andExpect(jsonPath("$.items[0].relation").value("SPOUSE"))
                .andExpect(jsonPath("$.items[0].idCardMasked").value(org.hamcrest.Matchers.matchesPattern(
                        "310117\\*{8}[\\dX]{4}")));
        assertThat(householdOf(husband)).isEqualTo(householdOf(wife)).isNotEqualTo(householdOf(neighbour));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RESIDENTS_IMPORTED' and detail = ?")
                .param("3 rows from good.xlsx").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void one_bad_row_imports_nothing_and_is_reported_by_row_column_and_problem() throws Exception {
        long before = residentCount();
        String good = newName();
        byte[] file = xlsx(resident(good, newIdCard(), "户主", "AY-2-1", "202"),
                resident(newName(), newIdCard(), "配偶", "AY-2-1", "202"),
                resident(newName(), withWrongCheckDigit(newIdCard()), "子女", "AY-2-1", "202"));

        mvc.perform(upload(API_IMPORT, "one-bad-row.xlsx", file).with(as("rc.staff")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("身份证号"))
                .andExpect(jsonPath("$.errors[0].field").value("idCard"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("校验位")));

        assertThat(residentCount()).isEqualTo(before);
        assertThat(named(good)).isZero();
    }

    @Test
    void the_same_id_card_twice_in_one_file_is_reported_on_the_later_row() throws Exception {
        long before = residentCount();
        String twice = newIdCard();
        byte[] file = xlsx(resident(newName(), twice, "户主", "AY-2-2", "301"),
                resident(newName(), newIdCard(), "配偶", "AY-2-2", "301"),
                resident(newName(), twice, "子女", "AY-2-2", "301"));

        mvc.perform(upload(API_IMPORT, "twice.xlsx", file).with(as("rc.staff")).cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("身份证号"))
                .andExpect(jsonPath("$.errors[0].message").value("is the same as in row 2"));
        assertThat(residentCount()).isEqualTo(before);
    }

    @Test
    void every_problem_of_every_row_is_named_in_column_order() throws Exception {
        byte[] file = xlsx(new Object[] {null, "男", "1990-13-01", "123", null, "朋友", "业主", "也许", null,
                "AY-999-9", "101"}, resident(newName(), newIdCard(), "户主", "AY-2-1", "999"));

        mvc.perform(upload(API_IMPORT, "many.xlsx", file).with(as("rc.staff")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].row").value(org.hamcrest.Matchers.contains(2, 2, 2, 2, 2, 2, 3)))
                .andExpect(jsonPath("$.errors[*].column").value(org.hamcrest.Matchers.contains(
                        "姓名", "出生日期", "手机号码", "与户主关系", "党员", "楼道编号", "室号")))
                .andExpect(jsonPath("$.errors[0].message").value("必须填写"))
                .andExpect(jsonPath("$.errors[6].message").value("楼道 AY-2-1 没有 999 室"));
    }

    @Test
    void a_file_that_is_not_the_template_is_one_clear_problem_of_the_file() throws Exception {
        mvc.perform(upload(API_IMPORT, "residents.txt", "姓名,性别\n".getBytes()).with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(".xlsx")));
        List<String> headers = new ArrayList<>(HEADERS);
        headers.set(4, "身份证");
        mvc.perform(upload(API_IMPORT, "old.xlsx", xlsx(headers, new Object[] {"张三"})).with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("E 列应为“身份证号”")));
    }

    @Test
    void staff_importing_through_the_page_are_sent_back_with_the_number_imported() throws Exception {
        String name = newName();
        mvc.perform(upload("/residents/import", "page.xlsx", xlsx(resident(name, newIdCard(), "户主", "AY-2-2", "302")))
                        .with(as("rc.staff")))
                .andExpect(redirectedUrl("/residents/import"))
                .andExpect(flash().attribute("importedCount", 1));
        assertThat(named(name)).isEqualTo(1);
    }

    @Test
    void the_page_lists_each_bad_cell_and_a_bad_file_as_one_problem() throws Exception {
        byte[] bad = xlsx(resident(newName(), withWrongCheckDigit(newIdCard()), "户主", "AY-2-2", "302"));
        mvc.perform(upload("/residents/import", "bad.xlsx", bad).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("身份证号</td>")));
        mvc.perform(upload("/residents/import", "bad.xlsx", new byte[0]).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法读取这个文件")));
    }

    @Test
    void staff_download_a_template_headed_with_the_import_columns() throws Exception {
        byte[] body = mvc.perform(get("/residents/import/template.xlsx").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(texts(template.getSheetAt(0).getRow(0))).isEqualTo(HEADERS);
            assertThat(texts(template.getSheetAt(0).getRow(1)))
                    .noneMatch(cell -> cell.matches(".*(\\d{17}[\\dXx]|1[3-9]\\d{9}).*"));
        }
        long before = residentCount();
        mvc.perform(upload(API_IMPORT, "template.xlsx", body).with(as("rc.staff")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("phone", "idCard")));
        assertThat(residentCount()).isEqualTo(before);
    }

    @Test
    void the_export_holds_the_whole_register_with_masked_numbers_and_is_audited() throws Exception {
        long exportsBefore = exportAudits();
        byte[] body = mvc.perform(get("/api/v1/residents/export.xlsx").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        int rows;
        try (XSSFWorkbook export = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = export.getSheetAt(0);
            rows = sheet.getLastRowNum();
            assertThat(rows).isGreaterThanOrEqualTo(14_000);
            assertThat(texts(sheet.getRow(0))).startsWith(HEADERS.toArray(String[]::new))
                    .endsWith("地址", "网格", "迁出日期");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertMasked(texts(row));
                }
            }
        }
        assertThat(exportAudits()).isEqualTo(exportsBefore + 1);
        assertThat(jdbc.sql("select detail from audit_event where action = 'RESIDENTS_EXPORTED' order by id desc limit 1")
                .query(String.class).single()).isEqualTo(rows + " rows");
    }

    @Test
    void the_export_page_can_include_residents_who_moved_out() throws Exception {
        byte[] body = mvc.perform(get("/residents/export.xlsx").param("movedOut", "true").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook export = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat((long) export.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(activeResidents());
        }
        assertThat(jdbc.sql("select detail from audit_event where action = 'RESIDENTS_EXPORTED' order by id desc limit 1")
                .query(String.class).single()).endsWith("incl. moved out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident", "branch.secretary"})
    void only_residents_committee_staff_may_import_or_export(String username) throws Exception {
        byte[] file = xlsx(resident(newName(), newIdCard(), "户主", "AY-2-1", "101"));
        long before = residentCount();
        mvc.perform(upload(API_IMPORT, "x.xlsx", file).with(as(username))).andExpect(status().isForbidden());
        mvc.perform(upload("/residents/import", "x.xlsx", file).with(as(username))).andExpect(status().isForbidden());
        for (String path : List.of("/api/v1/residents/export.xlsx", "/residents/export.xlsx", "/residents/import",
                "/residents/import/template.xlsx")) {
            mvc.perform(get(path).with(as(username))).andExpect(status().isForbidden());
        }
        assertThat(residentCount()).isEqualTo(before);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, String filename, byte[] bytes) {
        return multipart(path).file(new MockMultipartFile("file", filename, XLSX.toString(), bytes)).with(csrf());
    }

    /** Only masked numbers leave the register: no full ID-card number or mobile number in any cell. */
    private static void assertMasked(List<String> cells) {
        String phone = cells.get(3);
        String idCard = cells.get(4);
        assertThat(phone).matches("(\\d{3}\\*{4}\\d{4})?|0.*\\*.*");
        assertThat(idCard).matches("(\\d{6}\\*{8}[\\dX]{4})?");
        assertThat(cells).noneMatch(cell -> cell.matches(".*(\\d{17}[\\dX]|1[3-9]\\d{9}).*"));
    }

    private long householdOf(String name) {
        return jdbc.sql("select household_id from resident where name = ?").param(name).query(Long.class).single();
    }

    private long named(String name) {
        return jdbc.sql("select count(*) from resident where name = ?").param(name).query(Long.class).single();
    }

    private long residentCount() {
        return jdbc.sql("select count(*) from resident").query(Long.class).single();
    }

    private long activeResidents() {
        return jdbc.sql("select count(*) from resident where community_id = 1 and moved_out is null")
                .query(Long.class).single();
    }

    private long exportAudits() {
        return jdbc.sql("select count(*) from audit_event where action = 'RESIDENTS_EXPORTED'").query(Long.class)
                .single();
    }
}
