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
import org.gongzhi.StatementCounter;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
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

    @Autowired
    Accounts accounts;

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
                .andExpect(jsonPath("$.spending.items[0].lineId").value(government))
                .andExpect(jsonPath("$.spending.items[0].recordedBy").doesNotExist())
                .andExpect(jsonPath("$.spending.items[0].receipt").value(false));
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
                .andExpect(jsonPath("$.spending.items[0].overrideReason").value("读卡器涨价，业委会同意"));
        fixtures.send("pm.staff", path + "/spending/" + entry + "/override", "{\"reason\":\"再批一次\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(jsonPath("$.spending.items[0].overrideReason").value("读卡器涨价，业委会同意"))
                .andExpect(jsonPath("$.spending.items[0].overrideBy").doesNotExist());
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
    void a_long_spending_ledger_comes_a_page_at_a_time_on_the_page_and_in_the_api() throws Exception {
        long project = project();
        long line = line(project, "GOVERNMENT", "10000");
        Actor booker = staff(910_003);
        for (int i = 1; i <= 45; i++) {
            funding.recordSpending(booker, project, new SpendingInput(null, String.valueOf(i), "施工方", "第 " + i + " 笔",
                    line, false), null);
        }
        String path = "/api/v1/projects/" + project;
        long statements = StatementCounter.during(() -> projects.details(staff(910_003), project, 2));
        assertThat(statements).as("one page costs the same whatever the ledger's length").isLessThan(20);
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(jsonPath("$.spending.items.length()").value(ProjectHandling.SPENDING_PAGE_SIZE))
                .andExpect(jsonPath("$.spending.total").value(45))
                .andExpect(jsonPath("$.spending.items[0].purpose").value("第 1 笔"))
                .andExpect(jsonPath("$.spentFen").value(45 * 46 / 2 * 100));
        mvc.perform(get(path).param("spendingPage", "2")).andExpect(jsonPath("$.spending.items.length()").value(5))
                .andExpect(jsonPath("$.spending.items[4].purpose").value("第 45 笔"));
        mvc.perform(get(path + "/spending").param("page", "1").param("size", "10"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.items[0].purpose").value("第 11 笔"))
                .andExpect(jsonPath("$.items[0].recordedBy").doesNotExist())
                .andExpect(jsonPath("$.total").value(45));
        mvc.perform(get(path + "/spending").with(as("rc.staff")))
                .andExpect(jsonPath("$.items[0].recordedBy").exists());
        mvc.perform(get(path + "/spending").with(as(otherCommunityStaff()))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project).param("spending", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 21 笔")))
                .andExpect(content().string(not(containsString("第 20 笔"))))
                .andExpect(content().string(containsString("spending=2#ledger")))
                .andExpect(content().string(containsString("spending=0#ledger")));
    }

    @Test
    void maintenance_fund_lines_added_at_once_on_different_projects_stay_within_what_the_vote_approved()
            throws Exception {
        long vote = passedFundVoteOfItsOwn();
        List<Long> projects = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            projects.add(project());
        }
        // 8 lines of 300 yuan against a vote that approved 1,000: three fit, whichever comes first
        List<Boolean> added = org.gongzhi.Concurrently.all(8, projects.stream().map(p -> (java.util.concurrent.Callable<Boolean>) () -> {
            try {
                funding.addLine(staff(910_004), p, new FundingLineInput(FundingSource.MAINTENANCE_FUND, "维修资金",
                        "300", vote, "1000"));
                return true;
            } catch (InvalidInput e) {
                assertThat(e.problems().getFirst().field()).isEqualTo("amount");
                return false;
            }
        }).toList());
        assertThat(added.stream().filter(b -> b).count()).isEqualTo(3);
        assertThat(jdbc.sql("select sum(amount_fen) from renewal_funding_line where vote_id = ?").param(vote)
                .query(Long.class).single()).isEqualTo(90_000L);
    }

    /** A copy of the demo's passed maintenance-fund vote under another title, which no line draws on yet. */
    private long passedFundVoteOfItsOwn() {
        long pipes = votes.list(community, false).stream().filter(v -> PIPES_VOTE.equals(v.title())).findFirst()
                .orElseThrow().id();
        String title = "并发测试 " + UUID.randomUUID().toString().substring(0, 8);
        List<String> columns = columnsOf("vote").stream()
                .filter(c -> !List.of("id", "title", "proposal_id", "undecided_proposal_id").contains(c)).toList();
        jdbc.sql("insert into vote (title, " + String.join(", ", columns) + ") select ?, " + String.join(", ", columns)
                + " from vote where id = ?").params(title, pipes).update();
        long copy = jdbc.sql("select id from vote where title = ?").param(title).query(Long.class).single();
        List<String> tally = columnsOf("vote_tally").stream().filter(c -> !c.equals("vote_id")).toList();
        jdbc.sql("insert into vote_tally (vote_id, " + String.join(", ", tally) + ") select ?, "
                + String.join(", ", tally) + " from vote_tally where vote_id = ?").params(copy, pipes).update();
        return copy;
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("""
                select lower(column_name) from information_schema.columns
                where lower(table_name) = ? and lower(table_schema) = 'public' order by ordinal_position""")
                .param(table).query(String.class).list();
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

    /** Staff of a second community, who may not read this community's projects by id. */
    private String otherCommunityStaff() {
        String username = "rc.spending.other";
        if (!accounts.exists(username)) {
            jdbc.sql("""
                    insert into community (code, name, subdistrict, division_code)
                    select 'SPENDOTHER', '另一居民区', '九里亭街道', '310117'
                    where not exists (select 1 from community where code = 'SPENDOTHER')""").update();
            long other = jdbc.sql("select id from community where code = 'SPENDOTHER'").query(Long.class).single();
            accounts.open(new NewAccount(username, DEMO_PASSWORD, "居委会 另一", other, null,
                    Set.of(RoleGrant.communityWide(Role.RC_STAFF))));
        }
        return username;
    }

    private Actor staff(long account) {
        return new Actor(account, "staff" + account, "居委会 " + account, community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }
}
