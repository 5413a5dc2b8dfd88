package org.gongzhi.operations;

import java.time.Instant;

/**
 * An event a module published that one of its listeners has not completed: what happened, who should have
 * reacted, since when, and how often it was tried.
 */
public record UndeliveredEvent(String id, String event, String listener, Instant publishedAt, String status,
        int attempts, Instant lastRetriedAt) {
}
