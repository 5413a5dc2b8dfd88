package org.gongzhi.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.proposal.CommentInput;

/** A comment from a form or the API: {@code {"stance": "FOR", "body": …, "parentId": 3}}. */
public record CommentRequest(Long parentId, @NotBlank String stance,
        @NotBlank @Size(max = CommentInput.MAX_BODY) String body) {

    CommentInput toInput() {
        return CommentInput.parse(parentId, stance, body);
    }
}
