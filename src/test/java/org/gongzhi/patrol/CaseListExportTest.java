package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.web.ListExport;

/**
 * The work-order list downloads as .xlsx with the rows of the list on screen: the same filter and the same scope,
 * counted here straight from the tables; another community's staff get none of it; residents get no download;
 * each download is in the audit log.
 */
class CaseListExportTest extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Set<Long> exported(String user, MockHttpServletRequestBuilder request) throws Exception {
        byte[] xlsx = mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andExpect(content().contentType(ListExport.XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        Set<Long> ids = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单号");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("问题类别");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(ids.add((long) row.getCell(0).getNumericCellValue())).as("each order once").isTrue();
                }
            }
        }
        return ids;
    }

    private Set<Long> ids(String sql, Object... params) {
        return new HashSet<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }

    @Test
    void staff_download_exactly_the_orders_of_the_filter_and_audited() throws Exception {
        long before = audited("rc.staff");
        Set<Long> closed = exported("rc.staff", get("/cases/export.xlsx").param("state", "CLOSED"));
        assertThat(closed).isNotEmpty().isEqualTo(ids("""
                select w.id from work_order w join community c on c.id = w.community_id
                where c.code = 'AOYUAN' and w.state = 'CLOSED' and w.grid_id is not null"""));
        Set<Long> all = exported("rc.staff", get("/cases/export.xlsx"));
        assertThat(all).containsAll(closed).isEqualTo(ids("""
                select w.id from work_order w join community c on c.id = w.community_id
                where c.code = 'AOYUAN' and w.grid_id is not null"""));
        YearMonth to = YearMonth.now(ZONE);
        YearMonth from = to.minusMonths(35);
        Set<Long> satisfied = exported("rc.staff", get("/cases/export.xlsx").param("measure", "SATISFIED")
                .param("from", from.toString()).param("to", to.toString()).param("grid", "1"));
        assertThat(satisfied).isNotEmpty().isEqualTo(ids("""
                select w.id from work_order w join community c on c.id = w.community_id
                join grid g on g.id = w.grid_id
                join (select work_order_id, max(occurred_at) as closed_at from case_event
                      where action = 'VERIFY_PASS' group by work_order_id) e on e.work_order_id = w.id
                where c.code = 'AOYUAN' and g.number = 1 and w.rating in (4, 5)
                and e.closed_at >= ? and e.closed_at < ?""",
                from.atDay(1).atStartOfDay(ZONE).toOffsetDateTime(),
                to.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime()));
        assertThat(audited("rc.staff")).isEqualTo(before + 3);
        assertThat(jdbc.sql("""
                select detail from audit_event where action = 'LIST_EXPORTED' and actor = 'rc.staff'
                order by id desc limit 1""").query(String.class).single())
                .startsWith(satisfied.size() + " rows").contains("measure=SATISFIED", "grid=1");
    }

    @Test
    void a_branch_secretary_downloads_only_what_their_list_shows() throws Exception {
        Set<Long> seen = exported("branch.secretary", get("/cases/export.xlsx"));
        assertThat(seen).isNotEmpty().isEqualTo(ids("""
                select w.id from work_order w join community c on c.id = w.community_id
                join grid g on g.id = w.grid_id join grid_branch b on b.id = g.grid_branch_id
                where c.code = 'AOYUAN' and (b.number = 1 or w.proposal_id is not null
                    or w.reporter_resident_id = (select a.resident_id from account a
                                                 where a.username = 'branch.secretary'))"""));
    }

    @Test
    void another_community_s_staff_get_none_of_it_and_residents_get_no_download() throws Exception {
        Set<Long> laiting = exported("rc.staff.laiting", get("/cases/export.xlsx"));
        Set<Long> aoyuan = ids("""
                select w.id from work_order w join community c on c.id = w.community_id where c.code = 'AOYUAN'""");
        assertThat(laiting).doesNotContainAnyElementsOf(aoyuan).isEqualTo(ids("""
                select w.id from work_order w join community c on c.id = w.community_id
                where c.code = 'LAITING' and w.grid_id is not null"""));
        mvc.perform(get("/cases/export.xlsx").with(as("resident"))).andExpect(status().isForbidden());
        for (String user : List.of("rc.staff", "branch.secretary")) {
            mvc.perform(get("/cases").with(as(user))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("/cases/export.xlsx?")));
        }
        mvc.perform(get("/cases").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("export.xlsx"))));
    }

    private long audited(String actor) {
        return jdbc.sql("select count(*) from audit_event where action = 'LIST_EXPORTED' and actor = ?")
                .param(actor).query(Long.class).single();
    }
}
