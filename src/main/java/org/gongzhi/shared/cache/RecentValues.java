package org.gongzhi.shared.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values computed at most {@code ttl} ago, kept in this instance's memory (each instance keeps its own; see
 * docs/decisions.md, "The dashboard's figures are kept for a minute" and "A stairwell card is rendered once for every
 * visitor"): the dashboard's figures, the pages every visitor sees alike. Identical requests arriving together
 * compute once: the others wait for the same computation. A failed computation is not kept. At most {@code capacity}
 * entries, the oldest given up first. A time to live of zero keeps nothing.
 */
public final class RecentValues<K, V> {

    /** A value as of an instant, in order of computation; still to come while being computed. */
    private record Entry<V>(long order, Instant asOf, CompletableFuture<V> value) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();

    public RecentValues(Clock clock, Duration ttl, int capacity) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("time to live " + ttl + ", capacity " + capacity);
        }
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
    }

    public Duration ttl() {
        return ttl;
    }

    /** The value for the key computed within the time to live, else computed now from the instant it is as of. */
    public V get(K key, Function<Instant, V> compute) {
        if (ttl.isZero()) {
            return compute.apply(clock.instant());
        }
        Instant now = clock.instant();
        Entry<V> fresh = new Entry<>(computations.incrementAndGet(), now, new CompletableFuture<>());
        Entry<V> entry = entries.compute(key, (k, kept) -> kept == null || expired(kept, now) ? fresh : kept);
        if (entry != fresh) {
            return await(entry);
        }
        giveUpBeyondCapacity(now);
        try {
            V value = compute.apply(now);
            fresh.value().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            entries.remove(key, fresh);
            fresh.value().completeExceptionally(e);
            throw e;
        }
    }

    /** Still being computed counts as fresh, however long it takes: whoever asks meanwhile waits for it. */
    private boolean expired(Entry<V> entry, Instant now) {
        return entry.value().isDone() && !now.isBefore(entry.asOf().plus(ttl));
    }

    private static <V> V await(Entry<V> entry) {
        try {
            return entry.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void giveUpBeyondCapacity(Instant now) {
        if (entries.size() <= capacity) {
            return;
        }
        entries.entrySet().removeIf(e -> expired(e.getValue(), now));
        while (entries.size() > capacity) {
            entries.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().order()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
    }
}
