package org.gongzhi.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.proposal.Proposal;

/**
 * A step after the agenda, asked for through the API: {@code {"action": "DELIBERATE", "reason": …}}; putting on
 * notice may name the notice period in days ({@code "noticeDays": 7}).
 */
public record TransitionRequest(@NotBlank String action, @Size(max = Proposal.MAX_REASON) String reason,
        Integer noticeDays) {
}
