package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.voting.VoteQueries;

/**
 * Money by source: funding lines per project, spending booked against a line, a payment over a line held until a
 * second staff member gives the reason, and a maintenance-fund line within what the owners' vote approved.
 */
class StaffBookMoneyBySourceTest extends IntegrationTest {

    private static final String PIPES_VOTE = "南区地下自来水管道改造使用专项维修资金";

    @Autowired
    ProjectFunding funding;

    @Autowired
    ProjectHandling projects;

    @Autowired
    VoteQueries votes;

    private ProjectFixtures fixtures;
    private long community;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private long project() throws Exception {
        return ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"单元门禁更换 %s","place":"9号楼","budget":"800"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6))).andExpect(status().isCreated()));
    }

    private long line(long project, String source, String amount) throws Exception {
        fixtures.send("rc.staff", "/api/v1/projects/" + project + "/funding-lines",
                "{\"source\":\"%s\",\"amount\":\"%s\",\"label\":\"%s 资金\"}".formatted(source, amount, source))
                .andExpect(status().isCreated());
        return jdbc.sql("select max(id) from renewal_funding_line where project_id = ?").param(project)
                .query(Long.class).single();
    }

    private Map<String, Object> money(long project) {
        return jdbc.sql("""
                select p.spent_fen, (select count(*) from renewal_spending s where s.project_id = p.id) as entries,
                (select coalesce(sum(l.spent_fen), 0) from renewal_funding_line l where l.project_id = p.id) as lines
                from renewal_project p where p.id = ?""").param(project).query().singleRow();
    }

    @Test
    void lines_by_source_and_what_was_spent_of_each_show_on_the_page_and_in_the_public_json() throws Exception {
        long project = project();
        long government = line(project, "GOVERNMENT", "500");
        line(project, "PROPERTY_COMPANY", "300.50");
        String path = "/api/v1/projects/" + project;
        mvc.perform(multipart(path + "/spending")
                        .file(new MockMultipartFile("receipt", "r.png", "image/png", ProjectFixtures.PNG))
                        .param("lineId", String.valueOf(government)).param("amount", "200").param("payee", "门禁公司")
                        .param("purpose", "门禁主机").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.spentFen").value(20_000));
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.funding.length()").value(2))
                .andExpect(jsonPath("$.funding[0].source").value("GOVERNMENT"))
                .andExpect(jsonPath("$.funding[0].spentFen").value(20_000))
                .andExpect(jsonPath("$.funding[1].amountFen").value(30_050))
                .andExpect(jsonPath("$.spending[0].lineId").value(government))
                .andExpect(jsonPath("$.spending[0].recordedBy").doesNotExist())
                .andExpect(jsonPath("$.spending[0].receipt").value(false));
        long entry = jdbc.sql("select id from renewal_spending where project_id = ?").param(project)
                .query(Long.class).single();
        mvc.perform(get("/projects/" + project + "/spending/" + entry + "/receipt").with(as("resident")))
                .andExpect(status().isOk());
        mvc.perform(get("/projects/" + project + "/spending/" + entry + "/receipt")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/" + project + "/spending/987654321/receipt").with(as("resident")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project))
                .andExpect(content().string(containsString("id=\"funding-lines\"")))
                .andExpect(content().string(containsString("政府资金")))
                .andExpect(content().string(containsString("300.50")))
                .andExpect(content().string(not(containsString("id=\"funding-form\""))));
        mvc.perform(get("/projects/" + project).with(as("pm.staff")))
                .andExpect(content().string(containsString("id=\"funding-form\"")))
                .andExpect(content().string(containsString("id=\"spending-form\"")));
        mvc.perform(get("/projects").cookie(new jakarta.servlet.http.Cookie("gz_lang", "en")))
                .andExpect(content().string(containsString("id=\"board-sources\"")))
                .andExpect(content().string(containsString("Government")));
    }

    @Test
    void bad_money_input_names_the_field_and_changes_nothing() throws Exception {
        long project = project();
        long line = line(project, "OTHER", "100");
        String path = "/api/v1/projects/" + project;
        Map<String, Object> before = money(project);
        fixtures.send("rc.staff", path + "/funding-lines", "{\"source\":\"OTHER\",\"amount\":\"-5\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        fixtures.send("rc.staff", path + "/funding-lines", "{\"amount\":\"5\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
        fixtures.send("rc.staff", path + "/spending", """
                {"lineId":%d,"amount":"-1","payee":"甲","purpose":"乙"}""".formatted(line))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        fixtures.send("rc.staff", path + "/spending", """
                {"lineId":%d,"amount":"1.234","payee":"甲","purpose":"乙"}""".formatted(line))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1.234")));
        fixtures.send("rc.staff", path + "/spending", """
                {"lineId":987654321,"amount":"1","payee":"甲","purpose":"乙"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lineId"));
        fixtures.send("rc.staff", path + "/spending", """
                {"lineId":%d,"amount":"100.01","payee":"甲","purpose":"乙"}""".formatted(line))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("100.00")));
        long other = project();
        fixtures.send("rc.staff", "/api/v1/projects/" + other + "/spending", """
                {"amount":"1","payee":"甲","purpose":"乙"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lineId"));
        fixtures.send("rc.staff", "/api/v1/projects/" + other + "/spending", """
                {"lineId":%d,"amount":"1","payee":"甲","purpose":"乙"}""".formatted(line))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lineId"));
        fixtures.send("resident", path + "/funding-lines", "{\"source\":\"OTHER\",\"amount\":\"5\"}")
                .andExpect(status().isForbidden());
        assertThat(money(project)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from renewal_funding_line where project_id = ?").param(project)
                .query(Long.class).single()).isOne();
    }

    @Test
    void spending_over_a_line_waits_for_a_second_staff_members_reason() throws Exception {
        long project = project();
        long line = line(project, "PROPERTY_COMPANY", "100");
        String path = "/api/v1/projects/" + project;
        fixtures.send("rc.staff", path + "/spending", """
                {"lineId":%d,"amount":"150","payee":"门禁公司","purpose":"加装读卡器","overLine":true}""".formatted(line))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.spentFen").value(0))
                .andExpect(jsonPath("$.held.length()").value(1))
                .andExpect(jsonPath("$.funding[0].spentFen").value(0));
        long entry = jdbc.sql("select id from renewal_spending where project_id = ?").param(project)
                .query(Long.class).single();
        fixtures.send("rc.staff", path + "/spending/" + entry + "/override", "{\"reason\":\"我自己批准\"}")
                .andExpect(status().isConflict());
        fixtures.send("pm.staff", path + "/spending/" + entry + "/override", "{\"reason\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(money(project).get("spent_fen")).isEqualTo(0L);
        fixtures.send("pm.staff", path + "/spending/" + entry + "/override", "{\"reason\":\"读卡器涨价，业委会同意\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.spentFen").value(15_000))
                .andExpect(jsonPath("$.held.length()").value(0))
                .andExpect(jsonPath("$.funding[0].spentFen").value(15_000))
                .andExpect(jsonPath("$.spending[0].overrideReason").value("读卡器涨价，业委会同意"));
        fixtures.send("pm.staff", path + "/spending/" + entry + "/override", "{\"reason\":\"再批一次\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(jsonPath("$.spending[0].overrideReason").value("读卡器涨价，业委会同意"))
                .andExpect(jsonPath("$.spending[0].overrideBy").doesNotExist());
        mvc.perform(get("/projects/" + project))
                .andExpect(content().string(containsString("读卡器涨价，业委会同意")))
                .andExpect(content().string(containsString("over-budget")));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'PROJECT_SPENDING_OVERRIDE' and subject_id = ?
                and detail like '%读卡器涨价%'""").param(project).query(Long.class).single()).isOne();
    }

    @Test
    void a_maintenance_fund_line_names_a_passed_owners_vote_and_never_exceeds_what_it_approved() throws Exception {
        long project = project();
        String path = "/api/v1/projects/" + project + "/funding-lines";
        fixtures.send("rc.staff", path, "{\"source\":\"MAINTENANCE_FUND\",\"amount\":\"10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("voteId", "voteApproved")));
        long pipes = votes.list(community, false).stream().filter(v -> PIPES_VOTE.equals(v.title())).findFirst()
                .orElseThrow().id();
        long notAboutTheFund = votes.list(community, false).stream().filter(v -> v.id() != pipes).findFirst()
                .orElseThrow().id();
        fixtures.send("rc.staff", path, """
                {"source":"MAINTENANCE_FUND","amount":"10","voteId":%d,"voteApproved":"10"}""".formatted(notAboutTheFund))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("voteId"));
        fixtures.send("rc.staff", path, """
                {"source":"MAINTENANCE_FUND","amount":"20","voteId":%d,"voteApproved":"10"}""".formatted(pipes))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        // the demo's pipeline already takes all the 2,380,000.00 yuan the owners approved
        fixtures.send("rc.staff", path, """
                {"source":"MAINTENANCE_FUND","amount":"10","voteId":%d,"voteApproved":"10"}""".formatted(pipes))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("voteApproved"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2,380,000.00")));
        fixtures.send("rc.staff", path, """
                {"source":"MAINTENANCE_FUND","amount":"0.01","voteId":%d,"voteApproved":"2380000"}""".formatted(pipes))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(jdbc.sql("select count(*) from renewal_funding_line where project_id = ?").param(project)
                .query(Long.class).single()).isZero();
        long pipeline = projects.board(community, new ProjectFilter(null, ProjectKind.PIPELINE, null), 0, 5).items()
                .getFirst().id();
        mvc.perform(get("/api/v1/projects/" + pipeline))
                .andExpect(jsonPath("$.funding[0].source").value("MAINTENANCE_FUND"))
                .andExpect(jsonPath("$.funding[0].voteId").value(pipes))
                .andExpect(jsonPath("$.funding[0].voteTitle").value(PIPES_VOTE))
                .andExpect(jsonPath("$.funding[0].voteApprovedFen").value(238_000_000));
    }

    @Test
    void a_funding_line_is_checked_without_spring() {
        assertThatThrownBy(() -> new FundingLineInput(FundingSource.MAINTENANCE_FUND, null, "100.001", null, "-1")
                .parse()).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("amount", "voteId", "voteApproved"));
        assertThat(new FundingLineInput(FundingSource.GOVERNMENT, " 街道 ", "12.5", 7L, "1").parse())
                .isEqualTo(new FundingLineInput.Line(FundingSource.GOVERNMENT, "街道", 1_250, null, null));
    }

    @Test
    void every_total_equals_the_sum_of_its_entries_after_many_random_bookings() throws Exception {
        long project = project();
        List<Long> lines = List.of(line(project, "GOVERNMENT", "3000"), line(project, "PROPERTY_COMPANY", "1234.56"),
                line(project, "CROWDFUNDING", "800.01"));
        Actor booker = staff(910_001);
        Actor second = staff(910_002);
        Random random = new Random(20_261_206L);
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            long line = lines.get(random.nextInt(lines.size()));
            String amount = Money.yuan(1 + random.nextInt(9_000));
            boolean hold = random.nextInt(4) == 0;
            try {
                ProjectFunding.Booking booking = funding.recordSpending(booker, project,
                        new SpendingInput(null, amount, "施工方 " + i, "第 " + i + " 笔", line, hold), null);
                if (booking.held() && random.nextBoolean()) {
                    funding.override(second, project, booking.entryId(), new OverrideInput("核实后批准 " + i));
                }
            } catch (InvalidInput e) {
                refused++;
            }
        }
        assertThat(refused).as("some payments passed their line and were refused").isPositive();
        assertThat(jdbc.sql("select count(*) from renewal_spending where project_id = ? and held").param(project)
                .query(Long.class).single()).as("some wait for a second person").isPositive();
        assertThat(jdbc.sql("""
                select count(*) from renewal_funding_line l where l.project_id = ? and l.spent_fen <>
                (select coalesce(sum(s.amount_fen), 0) from renewal_spending s where s.line_id = l.id and not s.held)""")
                .param(project).query(Long.class).single()).as("every line's total is the sum of its entries").isZero();
        assertThat(jdbc.sql("""
                select p.spent_fen - (select coalesce(sum(s.amount_fen), 0) from renewal_spending s
                where s.project_id = p.id and not s.held) from renewal_project p where p.id = ?""").param(project)
                .query(Long.class).single()).as("the project's total is the sum of its entries").isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_funding_line l where l.project_id = ? and l.spent_fen > l.amount_fen
                and not exists (select 1 from renewal_spending s where s.line_id = l.id and s.override_reason is not null)""")
                .param(project).query(Long.class).single()).as("only an override takes a line past its amount").isZero();
        ProjectDetails details = projects.details(booker, project);
        assertThat(details.funding().stream().mapToLong(FundingLine::spentFen).sum()).isEqualTo(details.spentFen());
        BoardTotals totals = projects.totals(community);
        long linesSpent = jdbc.sql("select coalesce(sum(spent_fen), 0) from renewal_funding_line where community_id = ?")
                .param(community).query(Long.class).single();
        assertThat(totals.sources().stream().mapToLong(SourceTotal::spentFen).sum()).isEqualTo(linesSpent);
    }

    private Actor staff(long account) {
        return new Actor(account, "staff" + account, "居委会 " + account, community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }
}
