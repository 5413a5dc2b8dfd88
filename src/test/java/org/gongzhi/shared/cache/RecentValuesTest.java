package org.gongzhi.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.gongzhi.MovableClock;

/** Figures are kept for their time to live and no longer, computed once however many ask at once, never kept failed. */
class RecentValuesTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AtomicInteger computed = new AtomicInteger();

    private String counted(Instant asOf) {
        return "figures #" + computed.incrementAndGet() + " as of " + asOf;
    }

    @Test
    void figures_are_kept_for_their_time_to_live_then_computed_again() {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ofSeconds(60), 10);
        String first = recent.get("aoyuan", this::counted);
        clock.moveOn(Duration.ofSeconds(59));
        assertThat(recent.get("aoyuan", this::counted)).isSameAs(first);
        assertThat(computed).hasValue(1);
        clock.moveOn(Duration.ofSeconds(1));
        assertThat(recent.get("aoyuan", this::counted)).isEqualTo("figures #2 as of 2026-12-05T01:01:00Z");
    }

    @Test
    void each_key_has_figures_of_its_own() {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ofSeconds(60), 10);
        assertThat(recent.get("grid 1", this::counted)).isNotEqualTo(recent.get("grid 2", this::counted));
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_time_to_live_of_zero_keeps_nothing() {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ZERO, 10);
        recent.get("aoyuan", this::counted);
        recent.get("aoyuan", this::counted);
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_failed_computation_is_not_kept() {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ofSeconds(60), 10);
        assertThatThrownBy(() -> recent.get("aoyuan", asOf -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(recent.get("aoyuan", this::counted)).startsWith("figures #1");
    }

    @Test
    void beyond_its_capacity_the_oldest_figures_are_given_up() {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ofSeconds(60), 2);
        recent.get("first", this::counted);
        recent.get("second", this::counted);
        recent.get("third", this::counted);
        assertThat(recent.get("second", this::counted)).startsWith("figures #2");
        assertThat(recent.get("third", this::counted)).startsWith("figures #3");
        assertThat(recent.get("first", this::counted)).startsWith("figures #4");
    }

    @Test
    void identical_requests_arriving_together_compute_once() throws Exception {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ofSeconds(60), 10);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Thread> waiters = new ArrayList<>();
        try {
            Future<String> first = pool.submit(() -> recent.get("aoyuan", asOf -> {
                computing.countDown();
                await(release);
                return counted(asOf);
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                AtomicReference<Thread> self = new AtomicReference<>();
                CountDownLatch started = new CountDownLatch(1);
                others.add(pool.submit(() -> {
                    self.set(Thread.currentThread());
                    started.countDown();
                    return recent.get("aoyuan", this::counted);
                }));
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                waiters.add(self.get());
            }
            // each of the others is parked on the first computation (or, were it broken, has computed its own)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!waiters.stream().allMatch(RecentValuesTest::parkedOrIdle) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            release.countDown();
            String figures = first.get(10, TimeUnit.SECONDS);
            for (Future<String> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(figures);
            }
            assertThat(computed).hasValue(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void requests_waiting_on_a_failed_computation_are_told_and_the_next_computes_again() throws Exception {
        RecentValues<String, String> recent = new RecentValues<>(clock, Duration.ofSeconds(60), 10);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> failing = pool.submit(() -> recent.get("aoyuan", asOf -> {
                computing.countDown();
                await(release);
                throw new IllegalStateException("database gone");
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> waiter = new AtomicReference<>();
            Future<String> waiting = pool.submit(() -> {
                waiter.set(Thread.currentThread());
                return recent.get("aoyuan", this::counted);
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((waiter.get() == null || !parkedOrIdle(waiter.get())) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            release.countDown();
            assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
            assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
            assertThat(recent.get("aoyuan", this::counted)).startsWith("figures #1");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** Waiting on the first computation, or done (a pool thread back waiting for work is parked too). */
    private static boolean parkedOrIdle(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                || state == Thread.State.TERMINATED;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
