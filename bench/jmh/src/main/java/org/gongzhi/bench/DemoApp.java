package org.gongzhi.bench;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.gongzhi.GongzhiApplication;
import org.gongzhi.community.RegisterQueries;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * The application as the tests start it (profiles {@code test,h2}: an in-memory H2 database loaded with the Aoyuan
 * demo before start-up returns), or on PostgreSQL with {@code -Dbench.profiles=test,postgres-test} and
 * {@code GONGZHI_TEST_PG_URL}. Benchmarks call its real beans.
 */
final class DemoApp {

    private DemoApp() {
    }

    static ConfigurableApplicationContext start(String database) {
        SpringApplication app = new SpringApplication(GongzhiApplication.class);
        app.setAdditionalProfiles(System.getProperty("bench.profiles", "test,h2").split(","));
        return app.run("--server.port=0", "--gongzhi.test.database=" + database, "--logging.level.root=WARN",
                "--logging.level.org.gongzhi=WARN", "--spring.main.banner-mode=off");
    }

    static long aoyuan(ConfigurableApplicationContext context) {
        return context.getBean(RegisterQueries.class).community("AOYUAN").orElseThrow().id();
    }

    /** The residents' committee of the community, as the demo's own seeding acts. */
    static Actor staff(long community) {
        return new Actor(0, "rc.staff", "居委会", community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }
}
