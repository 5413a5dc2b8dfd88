package org.gongzhi.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.web.ListExport;

/**
 * The proposal list downloads as .xlsx for the residents' committee with the rows of the filter on screen, counted
 * here from the tables; another community's staff get none of Aoyuan's; residents get no download; audited.
 */
class ProposalListExportTest extends IntegrationTest {

    private Set<Long> exported(String user, MockHttpServletRequestBuilder request) throws Exception {
        byte[] xlsx = mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andExpect(content().contentType(ListExport.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        Set<Long> ids = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("议题");
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    ids.add((long) row.getCell(0).getNumericCellValue());
                }
            }
        }
        return ids;
    }

    private Set<Long> ids(String sql) {
        return new HashSet<>(jdbc.sql(sql).query(Long.class).list());
    }

    @Test
    void the_committee_downloads_the_proposals_of_the_filter_and_others_do_not() throws Exception {
        long before = jdbc.sql("select count(*) from audit_event where action = 'LIST_EXPORTED' and actor = 'rc.staff'"
                + " and subject_type = 'proposal'").query(Long.class).single();
        assertThat(exported("rc.staff", get("/proposals/export.xlsx"))).isNotEmpty().isEqualTo(ids("""
                select p.id from proposal p join community c on c.id = p.community_id
                where c.code = 'AOYUAN' and p.state <> 'DRAFT'"""));
        assertThat(exported("rc.staff", get("/proposals/export.xlsx").param("state", "ADOPTED")))
                .isEqualTo(ids("""
                        select p.id from proposal p join community c on c.id = p.community_id
                        where c.code = 'AOYUAN' and p.state = 'ADOPTED'"""));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LIST_EXPORTED' and actor = 'rc.staff'"
                + " and subject_type = 'proposal'").query(Long.class).single()).isEqualTo(before + 2);

        Set<Long> laiting = exported("rc.staff.laiting", get("/proposals/export.xlsx"));
        assertThat(laiting).doesNotContainAnyElementsOf(ids("""
                select p.id from proposal p join community c on c.id = p.community_id where c.code = 'AOYUAN'"""))
                .isEqualTo(ids("""
                        select p.id from proposal p join community c on c.id = p.community_id
                        where c.code = 'LAITING' and p.state <> 'DRAFT'"""));
        mvc.perform(get("/proposals/export.xlsx").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/proposals").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/proposals/export.xlsx?")));
        mvc.perform(get("/proposals").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("export.xlsx"))));
    }
}
