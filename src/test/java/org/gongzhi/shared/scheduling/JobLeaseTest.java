package org.gongzhi.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import org.gongzhi.IntegrationTest;

/**
 * Two instances sharing the database (two lease holders here) never run the same scheduled job at once, nor one right
 * after the other within the job's least hold; a holder that died frees the job when its lease runs out.
 */
class JobLeaseTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    private JobLease instance(String name) {
        return new JobLease(jdbc, transactions, name + "-" + System.nanoTime());
    }

    private static String job(String what) {
        return "test-" + what + "-" + System.nanoTime();
    }

    @Test
    void two_instances_contending_for_a_job_run_it_once() throws Exception {
        JobLease first = instance("first");
        JobLease second = instance("second");
        String job = job("contended");
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch finish = new CountDownLatch(1);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Boolean>> attempts = List.of(first, second).stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return instance.runAlone(job, Duration.ZERO, Duration.ofMinutes(5), () -> {
                            runs.incrementAndGet();
                            try {
                                finish.await(10, TimeUnit.SECONDS); // the job is still running on its instance
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                    }, pool)).toList();
            // the instance that did not get the lease gives up at once, while the other's job is still running
            Object firstDone = CompletableFuture.anyOf(attempts.toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);
            assertThat(firstDone).isEqualTo(false);
            finish.countDown();
            assertThat(attempts.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(true, false);
            assertThat(runs).hasValue(1);
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void a_job_just_run_elsewhere_is_not_run_again_within_its_least_hold() {
        JobLease first = instance("first");
        JobLease second = instance("second");
        String job = job("daily");
        AtomicInteger runs = new AtomicInteger();
        assertThat(first.runAlone(job, Duration.ofHours(1), Duration.ofHours(2), runs::incrementAndGet)).isTrue();
        // the other instance's timer fires a moment later: the lease is free, but not before the hour is out
        assertThat(second.runAlone(job, Duration.ofHours(1), Duration.ofHours(2), runs::incrementAndGet)).isFalse();
        assertThat(first.runAlone(job, Duration.ofHours(1), Duration.ofHours(2), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.sql("select holder from job_lease where job = ?").param(job).query(String.class).single())
                .isEqualTo(first.holder());

        // with no least hold, the next run may be anyone's, one after the other
        String frequent = job("frequent");
        assertThat(first.runAlone(frequent, Duration.ZERO, Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(second.runAlone(frequent, Duration.ZERO, Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(3);
    }

    @Test
    void an_instance_that_died_holding_the_lease_blocks_the_job_only_until_the_lease_runs_out() {
        JobLease survivor = instance("survivor");
        String job = job("orphaned");
        // killed while running: the row says held, until a moment that has passed / has not passed yet
        jdbc.sql("insert into job_lease (job, holder, taken_at, held_until) values (?, 'killed', "
                + "current_timestamp, current_timestamp + interval '1' hour)").param(job).update();
        AtomicInteger runs = new AtomicInteger();
        assertThat(survivor.runAlone(job, Duration.ZERO, Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
        jdbc.sql("update job_lease set held_until = current_timestamp - interval '1' second where job = ?")
                .param(job).update();
        assertThat(survivor.runAlone(job, Duration.ZERO, Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void every_scheduled_job_of_the_application_runs_under_a_lease() throws IOException {
        List<String> unleased = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gongzhi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher scheduled = SCHEDULED.matcher(source);
                while (scheduled.find()) {
                    int body = source.indexOf('{', scheduled.end());
                    int end = source.indexOf("\n    }\n", body);
                    if (!source.substring(body, end).contains("leases.runAlone(")) {
                        unleased.add(file.getFileName() + " at " + scheduled.start());
                    }
                }
            }
        }
        assertThat(unleased).isEmpty();
    }

    private static final Pattern SCHEDULED = Pattern.compile("@Scheduled\\((?:[^()]|\\([^()]*\\))*\\)");

    @Test
    void a_job_that_fails_gives_the_lease_back() {
        JobLease first = instance("first");
        JobLease second = instance("second");
        String job = job("failing");
        assertThatThrownBy(() -> first.runAlone(job, Duration.ZERO, Duration.ofHours(1), () -> {
            throw new IllegalStateException("the job failed");
        })).hasMessage("the job failed");
        AtomicInteger runs = new AtomicInteger();
        assertThat(second.runAlone(job, Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }
}
