package org.gongzhi.deliberation.web;

import org.gongzhi.deliberation.proposal.CommentInput;

/** A comment from a form or the API: {@code {"stance": "FOR", "body": …, "parentId": 3}}. */
public record CommentRequest(Long parentId, String stance, String body) {

    CommentInput toInput() {
        return CommentInput.parse(parentId, stance, body);
    }
}
