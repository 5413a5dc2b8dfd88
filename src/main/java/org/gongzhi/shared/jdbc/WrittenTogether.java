package org.gongzhi.shared.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes that arrive together for one hot row (the places of one event) go to the database together, in one statement
 * (group commit). The first caller for a key writes at once, alone; callers arriving while a write for the key is
 * under way wait, and the next of them writes all that waited with its own, up to {@code most} at a time. No caller
 * waits longer than the write before its own, none writes more than one group, and a caller alone is never delayed.
 *
 * <p>The write answers each wish with what was written for it, or empty when it was not written (the caller then
 * writes it its own way and finds out why). When the write fails, every wish of its group is answered empty.
 *
 * @param <W> what one caller wants written
 * @param <R> what was written for it
 */
public final class WrittenTogether<W, R> {

    private final int most;
    private final Map<Long, Lane<W, R>> lanes = new ConcurrentHashMap<>();

    public WrittenTogether(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("most " + most);
        }
        this.most = most;
    }

    /**
     * Writes the wish with those of other callers for the same key, by {@code write}, which answers for each wish it
     * was given, in order, what was written for it.
     */
    public Optional<R> write(long key, W wish, Function<List<W>, List<Optional<R>>> write) {
        Lane<W, R> lane = lanes.computeIfAbsent(key, k -> new Lane<>());
        Caller<W, R> me = new Caller<>(wish);
        boolean leading;
        synchronized (lane) {
            leading = !lane.busy;
            if (leading) {
                lane.busy = true;
            } else {
                lane.waiting.add(me);
            }
        }
        if (!leading) {
            Optional<R> written = me.done.join();
            if (!me.leads) {
                return written;
            }
        }
        List<Caller<W, R>> group = new ArrayList<>();
        group.add(me);
        synchronized (lane) {
            while (group.size() < most && !lane.waiting.isEmpty()) {
                group.add(lane.waiting.poll());
            }
        }
        List<Optional<R>> written = Collections.nCopies(group.size(), Optional.empty());
        try {
            List<Optional<R>> answered = write.apply(group.stream().map(c -> c.wish).toList());
            if (answered.size() == group.size()) {
                written = answered;
            }
        } catch (RuntimeException failed) {
            if (group.size() == 1) {
                throw failed;
            }
        } finally {
            handOn(key, lane);
            for (int i = 1; i < group.size(); i++) {
                group.get(i).done.complete(written.get(i));
            }
        }
        return written.get(0);
    }

    /** How many callers wait for the write under way for the key. */
    public int waiting(long key) {
        Lane<W, R> lane = lanes.get(key);
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            return lane.waiting.size();
        }
    }

    /** The next caller waiting writes next; with none waiting, the key is free again. */
    private void handOn(long key, Lane<W, R> lane) {
        Caller<W, R> next;
        synchronized (lane) {
            next = lane.waiting.poll();
            if (next == null) {
                lane.busy = false;
                lanes.remove(key, lane);
            }
        }
        if (next != null) {
            next.leads = true;
            next.done.complete(Optional.empty());
        }
    }

    private static final class Lane<W, R> {
        private final ArrayDeque<Caller<W, R>> waiting = new ArrayDeque<>();
        private boolean busy;
    }

    private static final class Caller<W, R> {
        private final W wish;
        private final CompletableFuture<Optional<R>> done = new CompletableFuture<>();
        private volatile boolean leads;

        private Caller(W wish) {
            this.wish = wish;
        }
    }
}
