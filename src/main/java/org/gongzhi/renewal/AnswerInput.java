package org.gongzhi.renewal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A household's answer to a finished project: satisfied, basically satisfied or not, and why, in its own words. */
public record AnswerInput(@NotNull AcceptanceVerdict verdict, @Size(max = AnswerInput.MAX_COMMENT) String comment) {

    public static final int MAX_COMMENT = 500;

    /** The comment as kept: trimmed, and null when blank. */
    public String commentText() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
