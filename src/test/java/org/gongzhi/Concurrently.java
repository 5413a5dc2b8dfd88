package org.gongzhi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongzhi.shared.domain.Refused;

/** Runs tasks at the same moment from a pool, after a common start, as concurrent users would. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Each task's result, in the tasks' order; a task's exception fails the call. */
    public static <T> List<T> all(int threads, List<? extends Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same task {@code times} times at once. */
    public static <T> List<T> times(int times, Callable<T> task) throws Exception {
        return all(times, Collections.nCopies(times, task));
    }

    /** Steps that may be refused (a {@link Refused} exception): true if taken, false if refused. */
    public static List<Boolean> steps(int threads, List<Callable<Boolean>> tasks) throws Exception {
        List<Callable<Boolean>> guarded = tasks.stream().<Callable<Boolean>>map(task -> () -> {
            try {
                return task.call();
            } catch (Refused refused) {
                return false;
            }
        }).toList();
        return all(threads, guarded);
    }
}
