package org.gongzhi.renewal.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.community.ResidentPermissions.GridVisibility;
import org.gongzhi.community.ResidentQueries;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.ResidentSearch;
import org.gongzhi.renewal.Campaign;
import org.gongzhi.renewal.CampaignInput;
import org.gongzhi.renewal.CampaignRule;
import org.gongzhi.renewal.CampaignState;
import org.gongzhi.renewal.Campaigns;
import org.gongzhi.renewal.FundingLine;
import org.gongzhi.renewal.FundingLines;
import org.gongzhi.renewal.FundingSource;
import org.gongzhi.renewal.LedgerKind;
import org.gongzhi.renewal.PaymentInput;
import org.gongzhi.renewal.PaymentMethod;
import org.gongzhi.renewal.ProjectPlan;
import org.gongzhi.renewal.Projects;
import org.gongzhi.renewal.RenewalProject;
import org.gongzhi.renewal.SpendingInput;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.pii.Masking;

/**
 * The basketball court's crowdfunding, as the article tells it: residents of many buildings raised money for the
 * court themselves. A completed all-or-nothing campaign (closed 45 days ago, goal reached) with several hundred
 * pledges, nearly all paid offline, each payment recorded by the committee's staff and confirmed by a second person
 * (the committee's bookkeeper), so the ledger reconciles. Booked through the same store as real bookings, with past
 * times; loaded once.
 */
@Component
@Order(66)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoCrowdfunding implements DemoStep {

    static final String COURT = "众筹改造篮球场";
    static final int PLEDGES = 320;
    /** What the night lights cost, paid from the money raised. */
    private static final long LIGHTS_FEN = 3_600_000;
    /** Who checked the payments: the committee's bookkeeper, who has no account in the demo (account 0). */
    static final String SECOND_PERSON = "居委会 财务 张会计";
    private static final long[] YUAN = {50, 100, 100, 100, 200, 200, 300, 500, 1000};
    private static final Logger log = LoggerFactory.getLogger(DemoCrowdfunding.class);

    private final JdbcClient jdbc;
    private final Projects projects;
    private final FundingLines funding;
    private final Campaigns campaigns;
    private final ResidentQueries residents;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCrowdfunding(JdbcClient jdbc, Projects projects, FundingLines funding, Campaigns campaigns,
            ResidentQueries residents, TransactionTemplate transaction, Clock clock) {
        this.funding = funding;
        this.jdbc = jdbc;
        this.projects = projects;
        this.campaigns = campaigns;
        this.residents = residents;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional().ifPresent(this::seed));
    }

    private void seed(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        long project = projects.byTitle(community, COURT).orElseGet(() -> projects.add(RenewalProject.planned(
                community, new ProjectPlan(COURT, "翻新篮球场地面，更换篮架篮筐，加装夜间照明。", "篮球场", 15_000_000,
                        "居民众筹 + 物业 + 专项维修资金", "爸爸兵团组织众筹；物业施工；业委会监督资金"), null, null,
                now.minusDays(90)), null));
        if (campaigns.ofProject(community, project).isPresent()) {
            return;
        }
        long staffAccount = jdbc.sql("select id from identity_account where username = 'rc.staff'").query(Long.class)
                .optional().orElse(1L);
        String staff = jdbc.sql("select display_name from identity_account where username = 'rc.staff'")
                .query(String.class).optional().orElse("居委会");
        OffsetDateTime opened = now.minusDays(80);
        OffsetDateTime deadline = now.minusDays(45);
        campaigns.add(community, project, new CampaignInput.Checked(4_000_000, deadline.toLocalDate(),
                "篮球场地面翻新和篮架更换中由居民承担的部分（其余由物业和专项维修资金承担）", CampaignRule.ALL_OR_NOTHING),
                staff, opened);
        Campaign c = campaigns.lock(community, project);
        List<ResidentRow> pledgers = pledgers(community);
        Random random = new Random(20261204L);
        long minutes = ChronoUnit.MINUTES.between(opened, deadline) - 60;
        List<long[]> made = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        for (int i = 0; i < pledgers.size(); i++) {
            times.add(opened.plusMinutes(30 + random.nextLong(minutes)));
        }
        times.sort(null);
        for (int i = 0; i < pledgers.size(); i++) {
            ResidentRow r = pledgers.get(i);
            long fen = YUAN[random.nextInt(YUAN.length)] * 100;
            OffsetDateTime at = times.get(i);
            long pledge = campaigns.addPledge(community, c, 0, r.id(), Masking.name(r.name()), r.buildingNumber(),
                    random.nextInt(5) == 0, fen, at);
            c = campaigns.book(community, c, LedgerKind.PLEDGE, pledge, null, fen, at);
            made.add(new long[] {pledge, fen, at.toEpochSecond()});
        }
        int receipt = 1;
        for (int i = 0; i < made.size(); i++) {
            long[] p = made.get(i);
            if (i % 29 == 7) {
                continue; // a few pledges never paid
            }
            OffsetDateTime paid = times.get(i).plusDays(1 + random.nextInt(3));
            PaymentMethod method = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
            long payment = campaigns.addPayment(community, c.id(), new PaymentInput.Checked(p[0], p[1], method,
                    "LQ-%04d".formatted(receipt++)), staffAccount, staff, paid);
            OffsetDateTime confirmed = paid.plusHours(20);
            campaigns.confirm(payment, 0, SECOND_PERSON, confirmed);
            c = campaigns.book(community, c, LedgerKind.PAYMENT, p[0], payment, p[1], confirmed);
        }
        campaigns.close(c.id(), c.goalReached() ? CampaignState.SUCCEEDED : CampaignState.ENDED,
                deadline.plusDays(1));
        c = spendRaised(community, project, c, staff, now.minusDays(30));
        log.info("Demo crowdfunding: {} pledges, {} fen confirmed of {} fen", c.pledgeCount(), c.confirmedFen(),
                c.goalFen());
    }

    /**
     * The raised money at work: the night lights are paid from the court's crowdfunding line, an expense in the
     * campaign's ledger (the project's other bills came from the property company's line).
     */
    private Campaign spendRaised(long community, long project, Campaign c, String staff, OffsetDateTime at) {
        Optional<FundingLine> line = funding.of(project).stream()
                .filter(l -> l.source() == FundingSource.CROWDFUNDING).findFirst();
        if (line.isEmpty() || !c.goalReached() || !funding.spend(project, line.get().id(), LIGHTS_FEN, false)) {
            return c;
        }
        RenewalProject court = projects.get(community, project);
        court.spend(LIGHTS_FEN);
        projects.save(court, at);
        long entry = projects.addSpending(court, new SpendingInput.Spending(at.toLocalDate(), LIGHTS_FEN,
                "体育器材供应商", "球场夜间照明灯具 8 套（众筹资金）"), line.get().id(), null, null, false, staff, at);
        return campaigns.bookExpense(community, campaigns.lock(community, project), entry, LIGHTS_FEN, at);
    }

    /** Residents spread over the buildings: every k-th of the register, ordered by building. */
    private List<ResidentRow> pledgers(long community) {
        long total = residents.search(community, GridVisibility.ALL, new ResidentSearch(null, null, false, 0, 1))
                .total();
        long step = Math.max(1, total / PLEDGES);
        List<ResidentRow> chosen = new ArrayList<>();
        int size = 100;
        for (int page = 0; (long) page * size < total && chosen.size() < PLEDGES; page++) {
            List<ResidentRow> rows = residents.search(community, GridVisibility.ALL,
                    new ResidentSearch(null, null, false, page, size)).items();
            for (int i = 0; i < rows.size() && chosen.size() < PLEDGES; i++) {
                if (((long) page * size + i) % step == 0) {
                    chosen.add(rows.get(i));
                }
            }
        }
        return chosen;
    }
}
