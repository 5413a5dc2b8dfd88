package org.gongzhi.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit for one hot row: a caller alone writes at once; callers arriving during a write are written together
 * by the next, each answered its own; one write at a time for a key; a failed group sends each caller its own way.
 */
class WrittenTogetherTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<Integer>> groups = new CopyOnWriteArrayList<>();
    private final AtomicInteger writing = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Answers even wishes with ten times the wish, odd ones with nothing; the first write waits for release. */
    private List<Optional<Integer>> write(List<Integer> wishes) {
        int now = writing.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            groups.add(wishes);
            if (groups.size() == 1) {
                firstStarted.countDown();
                await(release);
            }
            return wishes.stream().map(w -> w % 2 == 0 ? Optional.of(w * 10) : Optional.<Integer>empty()).toList();
        } finally {
            writing.decrementAndGet();
        }
    }

    @Test
    void a_caller_alone_writes_at_once_and_callers_arriving_during_a_write_go_together_in_the_next()
            throws Exception {
        WrittenTogether<Integer, Integer> together = new WrittenTogether<>(64);
        Future<Optional<Integer>> first = pool.submit(() -> together.write(7, 2, this::write));
        List<Future<Optional<Integer>>> later = whileTheFirstWrites(together, 7, this::write, 3, 4, 5, 6, 7, 8);
        assertThat(groups).as("nothing more is written while the first write runs").hasSize(1);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).contains(20);
        List<Optional<Integer>> answers = new ArrayList<>();
        for (Future<Optional<Integer>> f : later) {
            answers.add(f.get(10, TimeUnit.SECONDS));
        }
        assertThat(answers).as("each caller its own answer").containsExactly(Optional.empty(), Optional.of(40),
                Optional.empty(), Optional.of(60), Optional.empty(), Optional.of(80));
        assertThat(groups).as("two writes: the first alone, then all who waited").hasSize(2);
        assertThat(groups.get(0)).containsExactly(2);
        assertThat(groups.get(1)).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8);
        assertThat(mostAtOnce).as("one write at a time for a key").hasValue(1);
        assertThat(together.waiting(7)).isZero();
    }

    @Test
    void a_group_holds_at_most_so_many_and_the_rest_go_in_the_writes_after_it() throws Exception {
        WrittenTogether<Integer, Integer> together = new WrittenTogether<>(2);
        Future<Optional<Integer>> first = pool.submit(() -> together.write(1, 0, this::write));
        List<Future<Optional<Integer>>> later = whileTheFirstWrites(together, 1, this::write, 1, 2, 3, 4, 5);
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<Optional<Integer>> f : later) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(groups).extracting(List::size).containsExactly(1, 2, 2, 1);
        assertThat(groups.stream().flatMap(List::stream).sorted().toList()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void another_key_does_not_wait() throws Exception {
        WrittenTogether<Integer, Integer> together = new WrittenTogether<>(64);
        Future<Optional<Integer>> first = pool.submit(() -> together.write(1, 2, this::write));
        await(firstStarted);

        assertThat(pool.submit(() -> together.write(2, 4, wishes -> List.of(Optional.of(1))))
                .get(10, TimeUnit.SECONDS)).contains(1);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains(20);
    }

    @Test
    void a_failed_write_answers_each_of_its_group_nothing_and_a_caller_alone_its_failure() throws Exception {
        WrittenTogether<Integer, Integer> together = new WrittenTogether<>(64);
        Function<List<Integer>, List<Optional<Integer>>> failing = wishes -> {
            write(wishes);
            throw new IllegalStateException("the database went away");
        };
        Future<Optional<Integer>> first = pool.submit(() -> together.write(1, 2, failing));
        List<Future<Optional<Integer>>> later = whileTheFirstWrites(together, 1, failing, 4, 6);
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the database went away");
        assertThat(later.get(0).get(10, TimeUnit.SECONDS)).as("written its own way").isEmpty();
        assertThat(later.get(1).get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(together.write(1, 8, this::write)).as("the key is free again").contains(80);
    }

    /** Once the first write for the key is under way, the wishes called for it, each waiting. */
    private List<Future<Optional<Integer>>> whileTheFirstWrites(WrittenTogether<Integer, Integer> together, long key,
            Function<List<Integer>, List<Optional<Integer>>> write, int... wishes) {
        await(firstStarted);
        List<Future<Optional<Integer>>> waiting = new ArrayList<>();
        for (int wish : wishes) {
            waiting.add(pool.submit(() -> together.write(key, wish, write)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> together.waiting(key) == wishes.length);
        return waiting;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("in time").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
