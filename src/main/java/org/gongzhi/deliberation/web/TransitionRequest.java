package org.gongzhi.deliberation.web;

/** A step after the agenda, asked for through the API: {@code {"action": "DELIBERATE", "reason": …}}. */
public record TransitionRequest(String action, String reason) {
}
