package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Crowdfunding on a project: staff of the residents' committee set up a campaign, residents pledge, one staff member
 * records money against a pledge and a different one confirms it, the ledger's running totals reconcile to the fen,
 * and a missed all-or-nothing campaign refunds what was confirmed, by itself.
 */
class CrowdfundingTest extends IntegrationTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger(800_000);

    @Autowired
    Crowdfunding crowdfunding;

    @Autowired
    ProjectFunding funding;

    @Autowired
    Accounts accounts;

    private ProjectFixtures fixtures;
    private long community;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        if (!accounts.exists("rc.second")) {
            accounts.open(new NewAccount("rc.second", "rc-second-123", "居委会 王老师", community, null,
                    Set.of(RoleGrant.communityWide(Role.RC_STAFF))));
        }
    }

    private long project() throws Exception {
        return ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"篮球场众筹 %s","place":"篮球场","budget":"1000"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6))).andExpect(status().isCreated()));
    }

    private Actor staff() {
        int id = ACCOUNTS.incrementAndGet();
        return new Actor(id, "staff" + id, "居委会 " + id, community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }

    private List<Actor> residents(int n) {
        List<Long> ids = jdbc.sql("select id from resident where community_id = ? and moved_out is null order by id limit ?")
                .params(community, n).query(Long.class).list();
        assertThat(ids).hasSize(n);
        return ids.stream().map(r -> {
            int id = ACCOUNTS.incrementAndGet();
            return new Actor(id, "r" + id, "居民", community, r, false, Set.of(RoleGrant.communityWide(Role.RESIDENT)));
        }).toList();
    }

    private long campaign(long project, String goal, CampaignRule rule) {
        crowdfunding.open(staff(), project, new CampaignInput(goal, crowdfunding.today().toString(), "翻新球场", rule));
        return crowdfunding.get(staff(), project).id();
    }

    private long payment(Actor by, long project, long pledge, long fen, String receipt) {
        crowdfunding.recordPayment(by, project, new PaymentInput(pledge,
                org.gongzhi.shared.domain.Money.yuan(fen), PaymentMethod.CASH, receipt));
        return jdbc.sql("select id from renewal_payment where receipt_no = ? and pledge_id = ?").params(receipt, pledge)
                .query(Long.class).single();
    }

    @Test
    void committee_staff_set_up_a_campaign_and_bad_input_names_the_field() throws Exception {
        long project = project();
        String path = "/api/v1/projects/" + project + "/campaign";
        mvc.perform(get(path).with(as("resident"))).andExpect(status().isNotFound());
        fixtures.send("resident", path, "{\"goal\":\"100\",\"deadline\":\"2099-01-01\",\"purpose\":\"x\",\"rule\":\"ALL_OR_NOTHING\"}")
                .andExpect(status().isForbidden());
        fixtures.send("pm.staff", path, "{\"goal\":\"100\",\"deadline\":\"2099-01-01\",\"purpose\":\"x\",\"rule\":\"ALL_OR_NOTHING\"}")
                .andExpect(status().isForbidden());
        fixtures.send("rc.staff", path, "{\"goal\":\"-5\",\"deadline\":\"2000-01-01\",\"purpose\":\"\",\"rule\":null}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goal"))
                .andExpect(jsonPath("$.errors[1].field").value("deadline"))
                .andExpect(jsonPath("$.errors[2].field").value("purpose"))
                .andExpect(jsonPath("$.errors[3].field").value("rule"));
        fixtures.send("rc.staff", path, "{\"goal\":\"1.234\",\"deadline\":\"2099-01-01\",\"purpose\":\"球场\",\"rule\":\"KEEP_WHAT_IS_RAISED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("goal"));
        assertThat(jdbc.sql("select count(*) from renewal_campaign where project_id = ?").param(project)
                .query(Long.class).single()).isZero();
        fixtures.send("rc.staff", path, "{\"goal\":\"30000.50\",\"deadline\":\"2099-01-01\",\"purpose\":\"翻新地面\",\"rule\":\"ALL_OR_NOTHING\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.goalFen").value(3_000_050))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.raisedFen").value(0));
        fixtures.send("rc.staff", path, "{\"goal\":\"1\",\"deadline\":\"2099-01-01\",\"purpose\":\"再来\",\"rule\":\"ALL_OR_NOTHING\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("campaign.refused.exists"));
        mvc.perform(get(path).with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rule").value("ALL_OR_NOTHING"));
        mvc.perform(get("/api/v1/projects/987654321/campaign").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/987654321/ledger").with(as("resident"))).andExpect(status().isNotFound());
    }

    @Test
    void a_payment_counts_only_when_a_second_staff_member_confirms_it_and_only_once() throws Exception {
        long project = project();
        String path = "/api/v1/projects/" + project + "/campaign";
        fixtures.send("rc.staff", path, "{\"goal\":\"500\",\"deadline\":\"2099-01-01\",\"purpose\":\"篮网\",\"rule\":\"KEEP_WHAT_IS_RAISED\"}")
                .andExpect(status().isCreated());
        fixtures.send("resident", path + "/pledges", "{\"amount\":\"-1\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        fixtures.send("resident", path + "/pledges", "{\"amount\":\"1.001\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        fixtures.send("resident", path + "/pledges", "{\"amount\":\"0\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        fixtures.send("rc.staff", path + "/pledges", "{\"amount\":\"5\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("campaign.refused.notResident"));
        fixtures.send("resident", path + "/pledges", "{\"amount\":\"200.50\",\"anonymous\":false}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.pledgedFen").value(20_050))
                .andExpect(jsonPath("$.raisedFen").value(0));
        long pledge = jdbc.sql("select p.id from renewal_pledge p join renewal_campaign c on c.id = p.campaign_id "
                + "where c.project_id = ?").param(project).query(Long.class).single();

        fixtures.send("pm.staff", path + "/payments", "{\"pledgeId\":%d,\"amount\":\"200.50\",\"method\":\"CASH\",\"receiptNo\":\"R1\"}"
                .formatted(pledge)).andExpect(status().isForbidden());
        fixtures.send("rc.staff", path + "/payments", "{\"pledgeId\":987654321,\"amount\":\"1\",\"method\":\"CASH\",\"receiptNo\":\"R0\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pledgeId"));
        fixtures.send("rc.staff", path + "/payments", "{\"pledgeId\":%d,\"amount\":\"300\",\"method\":\"CASH\",\"receiptNo\":\"R1\"}"
                .formatted(pledge)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        fixtures.send("rc.staff", path + "/payments", "{\"pledgeId\":%d,\"amount\":\"1\",\"receiptNo\":\"\"}"
                .formatted(pledge)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"))
                .andExpect(jsonPath("$.errors[1].field").value("receiptNo"));
        String recorded = fixtures.send("rc.staff", path + "/payments",
                "{\"pledgeId\":%d,\"amount\":\"200.50\",\"method\":\"BANK_TRANSFER\",\"receiptNo\":\"R1\"}".formatted(pledge))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].confirmedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long payment = ((Number) JsonPath.read(recorded, "$[0].id")).longValue();
        mvc.perform(get(path).with(as("resident"))).andExpect(jsonPath("$.confirmedFen").value(0));
        mvc.perform(get("/projects/" + project + "/campaign").with(as("rc.staff")))
                .andExpect(content().string(containsString("收据 R1 · 200.50 元 待第二人核对")));

        fixtures.send("rc.staff", path + "/payments/" + payment + "/confirm", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("campaign.refused.sameStaff"));
        fixtures.send("rc.second", path + "/payments/" + payment + "/confirm", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedFen").value(20_050)).andExpect(jsonPath("$.raisedFen").value(20_050))
                .andExpect(jsonPath("$.percentRaised").value(40));
        fixtures.send("rc.second", path + "/payments/" + payment + "/confirm", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("campaign.refused.confirmed"));
        fixtures.send("rc.second", path + "/payments/987654321/confirm", null).andExpect(status().isNotFound());

        String receipt = "/projects/" + project + "/campaign/payments/" + payment + "/receipt.pdf";
        byte[] pdf = mvc.perform(get(receipt).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("众筹款收据", "200.50", "R1", "居委会 王老师");
        }
        mvc.perform(get(receipt).with(as("rc.staff"))).andExpect(status().isOk());
        // staff find the receipt beside the pledge, in the list they record money from
        mvc.perform(get("/projects/" + project + "/campaign").with(as("rc.staff")))
                .andExpect(content().string(containsString("href=\"" + receipt + "\"")))
                .andExpect(content().string(not(containsString("R1 · 200.50 元 待第二人核对"))));
        mvc.perform(get(path + "/pledges").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].pledge.id").value(pledge))
                .andExpect(jsonPath("$.items[0].payments[0].receiptNo").value("R1"))
                .andExpect(jsonPath("$.items[0].payments[0].confirmedAt").exists());
        mvc.perform(get(path + "/pledges").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get(receipt).with(as("oc.member"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project + "/campaign").with(as("resident")))
                .andExpect(content().string(containsString("/payments/" + payment + "/receipt.pdf")));

        mvc.perform(get("/api/v1/projects/" + project + "/ledger").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("PLEDGE"))
                .andExpect(jsonPath("$.items[0].pledger").value(containsString("*")))
                .andExpect(jsonPath("$.items[1].kind").value("PAYMENT"))
                .andExpect(jsonPath("$.items[1].confirmedTotalFen").value(20_050));
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'CAMPAIGN_%' and subject_id = "
                + "(select id from renewal_campaign where project_id = ?)").param(project).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void two_hundred_concurrent_pledges_and_confirmations_count_exactly_and_no_payment_is_confirmed_twice()
            throws Exception {
        long project = project();
        long campaign = campaign(project, "10000", CampaignRule.ALL_OR_NOTHING);
        List<Actor> residents = residents(200);
        List<Callable<Long>> pledges = new ArrayList<>();
        long expected = 0;
        for (int i = 0; i < residents.size(); i++) {
            Actor r = residents.get(i);
            long fen = 100 + i;
            expected += fen;
            pledges.add(() -> crowdfunding.pledge(r, project, new PledgeInput(
                    org.gongzhi.shared.domain.Money.yuan(fen), false)));
        }
        List<Long> pledgeIds = Concurrently.all(16, pledges);
        Campaign after = crowdfunding.get(staff(), project);
        assertThat(after.pledgedFen()).isEqualTo(expected);
        assertThat(after.pledgeCount()).isEqualTo(200);

        Actor recorder = staff();
        List<Long> payments = new ArrayList<>();
        for (int i = 0; i < pledgeIds.size(); i++) {
            payments.add(payment(recorder, project, pledgeIds.get(i), 100 + i, "C" + campaign + "-" + i));
        }
        Actor second = staff();
        Actor third = staff();
        List<Callable<Boolean>> confirmations = new ArrayList<>();
        for (long p : payments) {
            confirmations.add(() -> {
                crowdfunding.confirmPayment(second, project, p);
                return true;
            });
            confirmations.add(() -> {
                crowdfunding.confirmPayment(third, project, p);
                return true;
            });
            confirmations.add(() -> {
                crowdfunding.confirmPayment(recorder, project, p);
                return true;
            });
        }
        List<Boolean> taken = Concurrently.steps(16, confirmations);
        assertThat(taken.stream().filter(t -> t).count()).isEqualTo(200);
        Campaign done = crowdfunding.get(staff(), project);
        assertThat(done.confirmedFen()).isEqualTo(expected);
        assertThat(jdbc.sql("select count(*) from renewal_ledger_entry where campaign_id = ? and kind = 'PAYMENT'")
                .param(campaign).query(Long.class).single()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from renewal_payment where campaign_id = ? and confirmed_by_account = ?")
                .params(campaign, recorder.accountId()).query(Long.class).single()).isZero();
        assertReconciles(campaign);
    }

    @Test
    void random_bookings_reconcile_and_a_missed_all_or_nothing_campaign_refunds_every_confirmed_payment() {
        Random random = new Random(20261204);
        long project;
        try {
            project = project();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long campaign = campaign(project, "100000000", CampaignRule.ALL_OR_NOTHING);
        List<Actor> residents = residents(60);
        Actor a = staff();
        Actor b = staff();
        funding.addLine(a, project, new FundingLineInput(FundingSource.CROWDFUNDING, "众筹", "1000000", null, null));
        long line = jdbc.sql("select id from renewal_funding_line where project_id = ?").param(project)
                .query(Long.class).single();
        List<long[]> pledges = new ArrayList<>();
        List<Long> unconfirmed = new ArrayList<>();
        int receipts = 0;
        for (int step = 0; step < 400; step++) {
            int what = random.nextInt(4);
            if (what == 3) {
                funding.recordSpending(b, project, new SpendingInput(null,
                        org.gongzhi.shared.domain.Money.yuan(1 + random.nextInt(20_000)), "施工方", "材料 " + step,
                        line, false), null);
            } else if (what == 0 || pledges.isEmpty()) {
                long fen = 1 + random.nextInt(50_000);
                long id = crowdfunding.pledge(residents.get(random.nextInt(residents.size())), project,
                        new PledgeInput(org.gongzhi.shared.domain.Money.yuan(fen), Boolean.valueOf(random.nextBoolean())));
                pledges.add(new long[] {id, fen});
            } else if (what == 1) {
                long[] p = pledges.get(random.nextInt(pledges.size()));
                if (p[1] > 0) {
                    long fen = 1 + random.nextLong(p[1]);
                    unconfirmed.add(payment(random.nextBoolean() ? a : b, project, p[0], fen, "X" + receipts++));
                    p[1] -= fen;
                }
            } else if (!unconfirmed.isEmpty()) {
                long payment = unconfirmed.remove(random.nextInt(unconfirmed.size()));
                long recordedBy = jdbc.sql("select recorded_by_account from renewal_payment where id = ?")
                        .param(payment).query(Long.class).single();
                crowdfunding.confirmPayment(recordedBy == a.accountId() ? b : a, project, payment);
            }
        }
        assertReconciles(campaign);
        Campaign open = crowdfunding.get(a, project);
        assertThat(open.confirmedFen()).isPositive();
        assertThat(open.spentFen()).as("expenses booked in the ledger").isPositive();
        assertThatThrownBy(() -> crowdfunding.close(a, project)).isInstanceOf(Refused.class)
                .hasFieldOrPropertyWithValue("code", "campaign.refused.notDue");

        jdbc.sql("update renewal_campaign set deadline = ? where id = ?")
                .params(crowdfunding.today().minusDays(1), campaign).update();
        assertThatThrownBy(() -> crowdfunding.pledge(residents.get(0), project, new PledgeInput("1", Boolean.FALSE)))
                .isInstanceOf(Refused.class).hasFieldOrPropertyWithValue("code", "campaign.refused.closed");
        assertThat(crowdfunding.close(a, project)).isEqualTo(CampaignState.FAILED);
        Campaign failed = crowdfunding.get(a, project);
        assertThat(failed.refundedFen()).isEqualTo(open.confirmedFen());
        assertThat(failed.raisedFen()).isZero();
        assertThat(jdbc.sql("select count(*) from renewal_ledger_entry where campaign_id = ? and kind = 'REFUND'")
                .param(campaign).query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from renewal_payment where campaign_id = ? and confirmed_at is not null")
                        .param(campaign).query(Long.class).single());
        assertReconciles(campaign);
        if (!unconfirmed.isEmpty()) {
            long late = unconfirmed.get(0);
            assertThatThrownBy(() -> crowdfunding.confirmPayment(b, project, late)).isInstanceOf(Refused.class)
                    .hasFieldOrPropertyWithValue("code", "campaign.refused.failed");
        }
        assertThatThrownBy(() -> crowdfunding.close(a, project)).isInstanceOf(Refused.class);
        assertThat(crowdfunding.get(a, project).refundedFen()).as("refunds are booked once").isEqualTo(open.confirmedFen());
    }

    @Test
    void a_keep_what_is_raised_campaign_short_of_its_goal_ends_keeping_the_money() throws Exception {
        long project = project();
        long campaign = campaign(project, "1000", CampaignRule.KEEP_WHAT_IS_RAISED);
        Actor resident = residents(1).get(0);
        long pledge = crowdfunding.pledge(resident, project, new PledgeInput("10", Boolean.TRUE));
        Actor a = staff();
        long payment = payment(a, project, pledge, 1000, "K1");
        assertThatThrownBy(() -> payment(a, project, pledge, 1, "K1")).isInstanceOf(InvalidInput.class);
        crowdfunding.confirmPayment(staff(), project, payment);
        jdbc.sql("update renewal_campaign set deadline = ? where id = ?")
                .params(crowdfunding.today().minusDays(1), campaign).update();
        assertThat(crowdfunding.close(a, project)).isEqualTo(CampaignState.ENDED);
        Campaign ended = crowdfunding.get(a, project);
        assertThat(ended.raisedFen()).isEqualTo(1000);
        assertThat(ended.refundedFen()).isZero();
        mvc.perform(get("/api/v1/projects/" + project + "/ledger").with(as("resident")))
                .andExpect(jsonPath("$.items[0].anonymous").value(true))
                .andExpect(jsonPath("$.items[0].pledger").doesNotExist())
                .andExpect(jsonPath("$.items[0].building").doesNotExist());
    }

    @Test
    void the_project_page_shows_the_thermometer_and_the_ledger_with_masked_pledgers_and_the_forms_work()
            throws Exception {
        long project = project();
        String page = "/projects/" + project + "/campaign";
        mvc.perform(get(page).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"campaign-none\"")))
                .andExpect(content().string(not(containsString("id=\"campaign-open-form\""))));
        mvc.perform(post(page).with(as("resident")).with(csrf()).param("goal", "100").param("deadline", "2099-01-01")
                .param("purpose", "x").param("rule", "ALL_OR_NOTHING")).andExpect(status().isForbidden());
        mvc.perform(post(page).with(as("rc.staff")).with(csrf()).param("goal", "1.234").param("deadline", "2099-01-01")
                        .param("purpose", "球场").param("rule", "ALL_OR_NOTHING"))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(problemFields(r)).contains("goal"));
        mvc.perform(post(page).with(as("rc.staff")).with(csrf()).param("goal", "1000").param("deadline", "2099-01-01")
                        .param("purpose", "翻新球场地面").param("rule", "ALL_OR_NOTHING"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "campaign.done.OPEN"));
        mvc.perform(post(page + "/pledges").with(as("resident")).with(csrf()).param("amount", "-3"))
                .andExpect(r -> assertThat(problemFields(r)).contains("amount"));
        mvc.perform(post(page + "/pledges").with(as("resident")).with(csrf()).param("amount", "250"))
                .andExpect(flash().attribute("flash", "campaign.done.PLEDGE"));
        mvc.perform(post(page + "/pledges").with(as("resident")).with(csrf()).param("amount", "50")
                .param("anonymous", "true")).andExpect(flash().attribute("flash", "campaign.done.PLEDGE"));
        long pledge = jdbc.sql("select min(p.id) from renewal_pledge p join renewal_campaign c on c.id = p.campaign_id "
                + "where c.project_id = ?").param(project).query(Long.class).single();
        mvc.perform(post(page + "/payments").with(as("rc.staff")).with(csrf()).param("pledgeId", "" + pledge)
                        .param("amount", "250").param("method", "CASH").param("receiptNo", "P-" + project))
                .andExpect(flash().attribute("flash", "campaign.done.PAYMENT"));
        long payment = jdbc.sql("select id from renewal_payment where pledge_id = ?").param(pledge)
                .query(Long.class).single();
        mvc.perform(get(page).with(as("rc.second"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payment-" + payment + "\"")));
        mvc.perform(post(page + "/payments/" + payment + "/confirm").with(as("rc.staff")).with(csrf()))
                .andExpect(flash().attributeExists("refusal"));
        mvc.perform(post(page + "/payments/" + payment + "/confirm").with(as("rc.second")).with(csrf()))
                .andExpect(flash().attribute("flash", "campaign.done.CONFIRM"));

        String name = jdbc.sql("select pledger_masked from renewal_pledge where id = ?").param(pledge)
                .query(String.class).single();
        int building = jdbc.sql("select building_number from renewal_pledge where id = ?").param(pledge)
                .query(Integer.class).single();
        String html = mvc.perform(get("/projects/" + project).with(as("resident"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"campaign\"", "已到账 250.00 元 / 目标 1,000.00 元（25%）",
                "认捐合计 300.00 元，2 笔", name + " · " + building + "号楼", "匿名", "id=\"ledger-table\"");
        assertThat(name).contains("*");
        mvc.perform(get(page).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pledge-form\"")))
                .andExpect(content().string(containsString("id=\"my-pledges\"")))
                .andExpect(content().string(not(containsString("id=\"payment-form\""))));
        mvc.perform(get(page).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payment-form\"")))
                .andExpect(content().string(containsString("id=\"pledge-" + pledge + "\"")))
                .andExpect(content().string(not(containsString("id=\"close-form\""))));
        String english = mvc.perform(get("/projects/" + project).cookie(new jakarta.servlet.http.Cookie("gz_lang", "en"))
                .with(as("resident"))).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Pledged 300.00 yuan in 2 pledges", "Building " + building, "Anonymous")
                .doesNotContain("campaign.");
    }

    @SuppressWarnings("unchecked")
    private static List<String> problemFields(org.springframework.test.web.servlet.MvcResult result) {
        List<InvalidInput.Problem> problems = (List<InvalidInput.Problem>) result.getFlashMap().get("problems");
        assertThat(problems).isNotNull();
        return problems.stream().map(InvalidInput.Problem::field).toList();
    }

    /** Every running total equals the sum of the entries up to it, and the campaign's totals the sum of all. */
    private void assertReconciles(long campaign) {
        assertThat(jdbc.sql("""
                select count(*) from renewal_ledger_entry e where e.campaign_id = ? and (
                e.pledged_total_fen <> (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'PLEDGE')
                or e.confirmed_total_fen <> (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'PAYMENT')
                or e.refunded_total_fen <> (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'REFUND')
                or e.spent_total_fen <> (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'EXPENSE'))""")
                .param(campaign).query(Long.class).single()).as("running totals").isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_campaign c where c.id = ? and (
                c.pledged_fen <> (select coalesce(sum(amount_fen), 0) from renewal_pledge where campaign_id = c.id)
                or c.pledged_fen <> (select coalesce(sum(amount_fen), 0) from renewal_ledger_entry
                    where campaign_id = c.id and kind = 'PLEDGE')
                or c.confirmed_fen <> (select coalesce(sum(amount_fen), 0) from renewal_payment
                    where campaign_id = c.id and confirmed_at is not null)
                or c.confirmed_fen <> (select coalesce(sum(amount_fen), 0) from renewal_ledger_entry
                    where campaign_id = c.id and kind = 'PAYMENT')
                or c.refunded_fen <> (select coalesce(sum(amount_fen), 0) from renewal_ledger_entry
                    where campaign_id = c.id and kind = 'REFUND')
                or c.spent_fen <> (select coalesce(sum(amount_fen), 0) from renewal_ledger_entry
                    where campaign_id = c.id and kind = 'EXPENSE')
                or c.spent_fen <> (select coalesce(sum(s.amount_fen), 0) from renewal_spending s
                    join renewal_funding_line l on l.id = s.line_id
                    where l.project_id = c.project_id and l.source = 'CROWDFUNDING' and not s.held)
                or c.pledge_count <> (select count(*) from renewal_pledge where campaign_id = c.id))""")
                .param(campaign).query(Long.class).single()).as("campaign totals").isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_pledge p where p.campaign_id = ? and p.recorded_fen <>
                (select coalesce(sum(amount_fen), 0) from renewal_payment where pledge_id = p.id)""")
                .param(campaign).query(Long.class).single()).as("recorded per pledge").isZero();
    }
}
