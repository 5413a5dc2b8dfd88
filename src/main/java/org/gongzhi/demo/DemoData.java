package org.gongzhi.demo;

import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.community.AoyuanSeed;
import org.gongzhi.community.RegisterQueries;
import org.gongzhi.community.RegisterQueries.Community;
import org.gongzhi.community.RegisterSeeding;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.demo.EventsDelivered;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/** On the first start in demo mode: the Aoyuan register and one account for each kind of user. */
@Component
@Order(10)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "gongzhi-demo";
    /**
     * The officer of 九里亭街道: scoped to the subdistrict by the id of one of its communities (docs/decisions.md),
     * an account of that community.
     */
    static final String SUBDISTRICT_OFFICER = "subdistrict.officer";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegisterSeeding register;
    private final RegisterQueries queries;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final ObjectProvider<DemoStep> steps;
    private final EventsDelivered events;
    private final JdbcClient jdbc;
    private final boolean inBackground;

    DemoData(RegisterSeeding register, RegisterQueries queries, Accounts accounts, TransactionTemplate transaction,
            ObjectProvider<DemoStep> steps, EventsDelivered events, JdbcClient jdbc,
            @Value("${gongzhi.demo.background:false}") boolean inBackground) {
        this.events = events;
        this.jdbc = jdbc;
        this.register = register;
        this.queries = queries;
        this.accounts = accounts;
        this.transaction = transaction;
        this.steps = steps;
        this.inBackground = inBackground;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> register.seedAoyuanIfEmpty().ifPresent(seed -> {
            openDemoAccounts(seed);
            log.info("Loaded the Aoyuan demo register in {} ms", (System.nanoTime() - started) / 1_000_000);
        }));
        transaction.executeWithoutResult(status -> queries.community("AOYUAN").ifPresent(aoyuan -> {
            register.seedNeighbours().forEach(this::openNeighbourAccounts);
            if (!accounts.exists(SUBDISTRICT_OFFICER)) {
                open(SUBDISTRICT_OFFICER, "九里亭街道 社区办 赵科长", aoyuan.id(), null,
                        new RoleGrant(Role.SUBDISTRICT_OFFICER, ScopeType.SUBDISTRICT, aoyuan.id()));
            }
        }));
        if (inBackground) {
            // the register is enough to sign in and look around; the stories behind it follow within seconds
            Thread.ofPlatform().name("demo-data").daemon().start(this::loadSteps);
        } else {
            loadSteps();
        }
    }

    private void loadSteps() {
        long started = System.nanoTime();
        steps.orderedStream().forEach(step -> {
            step.load();
            events.await();
        });
        // the planner's statistics for the rows just loaded: without them PostgreSQL took the 15,000 residents for
        // one row and joined them by nested loops until autovacuum came round (docs/performance.md)
        jdbc.sql("analyze").update();
        log.info("Demo data complete in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void openDemoAccounts(AoyuanSeed seed) {
        long c = seed.communityId();
        open("rc.staff", "居委会 李老师", c, null, RoleGrant.communityWide(Role.RC_STAFF));
        open("oc.member", "业委会 北区 周先生", c, seed.ownerInNorthZone(),
                new RoleGrant(Role.OC_MEMBER, ScopeType.ZONE, seed.northZoneId()),
                RoleGrant.communityWide(Role.OWNER), RoleGrant.communityWide(Role.RESIDENT));
        open("pm.staff", "物业 客服 陈师傅", c, null, RoleGrant.communityWide(Role.PM_STAFF));
        open("branch.secretary", "第一网格党支部书记", c, seed.secretaryOfFirstBranch(),
                new RoleGrant(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH, seed.firstGridBranchId()),
                RoleGrant.communityWide(Role.PARTY_MEMBER), RoleGrant.communityWide(Role.RESIDENT));
        open("resident", "居民 1号楼", c, seed.residentInGridOne(), RoleGrant.communityWide(Role.RESIDENT),
                RoleGrant.communityWide(Role.OWNER));
        open("admin", "系统管理员", c, null, RoleGrant.communityWide(Role.ADMIN));
    }

    /** The residents' committee staff of a smaller community: {@code rc.staff.<code in lower case>}. */
    private void openNeighbourAccounts(Community community) {
        String username = "rc.staff." + community.code().toLowerCase(Locale.ROOT);
        if (!accounts.exists(username)) {
            open(username, community.name() + " 居委会", community.id(), null, RoleGrant.communityWide(Role.RC_STAFF));
        }
    }

    private void open(String username, String displayName, long community, Long resident, RoleGrant... grants) {
        accounts.open(new NewAccount(username, PASSWORD, displayName, community, resident, Set.of(grants)));
    }
}
