package org.gongzhi.deliberation.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/** A comment as written: its stance, its words and, for a reply, the comment it answers. */
public record CommentInput(Long parentId, Stance stance, String body) {

    public static final int MAX_BODY = 1000;

    public static CommentInput parse(Long parentId, String stance, String body) {
        List<Problem> problems = new ArrayList<>();
        Stance s = Arrays.stream(Stance.values()).filter(v -> v.name().equalsIgnoreCase(stance == null ? ""
                : stance.strip())).findFirst().orElse(null);
        if (s == null) {
            problems.add(new Problem("stance", "validation.required"));
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            problems.add(new Problem("body", "validation.required"));
        } else if (text.length() > MAX_BODY) {
            problems.add(new Problem("body", "validation.tooLong", MAX_BODY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CommentInput(parentId, s, text);
    }
}
