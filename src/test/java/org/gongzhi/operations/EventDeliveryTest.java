package org.gongzhi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.GongzhiApplication;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Nothing between modules is lost: an event whose listener fails stays in the event publication registry, where
 * administrators see it, and reaches its listener when the application starts again. Runs the application twice
 * on one database, with its own task pool (asynchronous listeners, as in production).
 */
class EventDeliveryTest {

    private static final Actor ADMIN = new Actor(0, "admin", "管理员", 1L, null, false,
            Set.of(RoleGrant.communityWide(Role.ADMIN)));

    @Test
    void an_event_whose_listener_failed_is_shown_to_administrators_and_delivered_after_a_restart() {
        String database = "jdbc:h2:mem:delivery-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        ProbeListener.failing = true;
        try (ConfigurableApplicationContext first = start(database)) {
            first.getBean(TransactionTemplate.class)
                    .executeWithoutResult(status -> first.publishEvent(new ProbeHappened("桥头路灯")));
            await(() -> !ProbeListener.attempts.isEmpty());
            UndeliveredEvents undelivered = first.getBean(UndeliveredEvents.class);
            await(() -> undelivered.list(ADMIN).stream().anyMatch(e -> e.status().equals("FAILED")));
            assertThat(undelivered.list(ADMIN)).singleElement().satisfies(e -> {
                assertThat(e.event()).isEqualTo("ProbeHappened");
                assertThat(e.listener()).isEqualTo("ProbeListener.on");
            });
        }
        assertThat(ProbeListener.delivered).isEmpty();

        ProbeListener.failing = false;
        try (ConfigurableApplicationContext again = start(database)) {
            await(() -> ProbeListener.delivered.contains("桥头路灯"));
            UndeliveredEvents undelivered = again.getBean(UndeliveredEvents.class);
            await(() -> undelivered.list(ADMIN).isEmpty());
        }
        assertThat(ProbeListener.delivered).containsExactly("桥头路灯");
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(GongzhiApplication.class, ProbeListener.class).run("--server.port=0",
                "--spring.datasource.url=" + database, "--gongzhi.demo.enabled=false",
                "--gongzhi.pii.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "--spring.modulith.events.republish-outstanding-events-on-restart=true",
                "--gongzhi.votes.closing-delay=PT12H", "--gongzhi.cases.escalation-delay=PT12H",
                "--gongzhi.events.redelivery-delay=PT12H");
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
    }

    /** Something that happened in a module, for this test only. */
    public record ProbeHappened(String what) {
    }

    /** Another module's listener, which fails while told to. */
    static class ProbeListener {

        static volatile boolean failing;
        static final List<String> attempts = new CopyOnWriteArrayList<>();
        static final List<String> delivered = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(ProbeHappened event) {
            attempts.add(event.what());
            if (failing) {
                throw new IllegalStateException("the listener's database went away");
            }
            delivered.add(event.what());
        }
    }
}
