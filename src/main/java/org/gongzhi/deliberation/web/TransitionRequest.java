package org.gongzhi.deliberation.web;

/**
 * A step after the agenda, asked for through the API: {@code {"action": "DELIBERATE", "reason": …}}; putting on
 * notice may name the notice period in days ({@code "noticeDays": 7}).
 */
public record TransitionRequest(String action, String reason, Integer noticeDays) {
}
