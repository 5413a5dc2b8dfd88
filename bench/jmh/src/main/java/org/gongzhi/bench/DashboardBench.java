package org.gongzhi.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;

import org.gongzhi.dashboard.CommunityDashboard;
import org.gongzhi.renewal.BoardTotals;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.shared.security.Actor;

/**
 * The community dashboard's figures (every module's, over the last year and over five years) and the micro-renewal
 * board's totals, on the Aoyuan demo, called on the production beans without HTTP or rendering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardBench {

    private ConfigurableApplicationContext context;
    private CommunityDashboard dashboard;
    private ProjectHandling projects;
    private Actor staff;
    private long community;

    @Setup(Level.Trial)
    public void setUp() {
        context = DemoApp.start("bench-dashboard");
        community = DemoApp.aoyuan(context);
        staff = DemoApp.staff(community);
        dashboard = context.getBean(CommunityDashboard.class);
        projects = context.getBean(ProjectHandling.class);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public Object dashboardLastYear() {
        LocalDate today = dashboard.today();
        return dashboard.of(staff, today.minusYears(1).plusDays(1), today, null, null);
    }

    @Benchmark
    public Object dashboardFiveYears() {
        LocalDate today = dashboard.today();
        return dashboard.of(staff, today.minusYears(5).plusDays(1), today, null, null);
    }

    @Benchmark
    public BoardTotals renewalBoardTotals() {
        return projects.totals(community);
    }
}
