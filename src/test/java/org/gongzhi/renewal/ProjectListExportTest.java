package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.web.ListExport;

/**
 * The project board downloads as .xlsx for those who manage projects, with the projects of the filter and their
 * money in yuan, counted here from the tables; another community's staff get none of Aoyuan's; residents get none.
 */
class ProjectListExportTest extends IntegrationTest {

    /** Each exported project's budget in fen, by id. */
    private Map<Long, Long> exported(String user, MockHttpServletRequestBuilder request) throws Exception {
        byte[] xlsx = mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andExpect(content().contentType(ListExport.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        Map<Long, Long> budgets = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("项目名称");
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    budgets.put((long) row.getCell(0).getNumericCellValue(),
                            Math.round(row.getCell(6).getNumericCellValue() * 100));
                }
            }
        }
        return budgets;
    }

    private Map<Long, Long> budgets(String sql) {
        Map<Long, Long> budgets = new HashMap<>();
        jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
            budgets.put(rs.getLong(1), rs.getLong(2));
        });
        return budgets;
    }

    @Test
    void staff_download_the_board_as_filtered_and_others_do_not() throws Exception {
        assertThat(exported("rc.staff", get("/projects/export.xlsx"))).isNotEmpty().isEqualTo(budgets("""
                select p.id, p.budget_fen from renewal_project p join community c on c.id = p.community_id
                where c.code = 'AOYUAN'"""));
        assertThat(exported("rc.staff", get("/projects/export.xlsx").param("state", "IN_PROGRESS")))
                .isEqualTo(budgets("""
                        select p.id, p.budget_fen from renewal_project p join community c on c.id = p.community_id
                        where c.code = 'AOYUAN' and p.state = 'IN_PROGRESS'"""));
        Map<Long, Long> laiting = exported("rc.staff.laiting", get("/projects/export.xlsx"));
        assertThat(laiting.keySet()).doesNotContainAnyElementsOf(budgets("""
                select p.id, p.budget_fen from renewal_project p join community c on c.id = p.community_id
                where c.code = 'AOYUAN'""").keySet());
        mvc.perform(get("/projects/export.xlsx").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/projects").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/projects/export.xlsx")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LIST_EXPORTED'"
                + " and subject_type = 'renewal_project' and actor = 'rc.staff'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }
}
