package org.gongzhi.deliberation.proposal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment with its replies (one level deep). A hidden comment keeps its place in the thread but not its words;
 * the reason is shown when the committee hid it.
 */
public record ProposalComment(long id, Long parentId, String authorName, Stance stance, String body,
        OffsetDateTime at, boolean hidden, String hiddenReason, boolean byViewer, List<ProposalComment> replies) {

    /** The words line by line, for pages; none when hidden. */
    public List<String> lines() {
        return body == null ? List.of() : body.lines().toList();
    }

    public ProposalComment withReplies(List<ProposalComment> thread) {
        return new ProposalComment(id, parentId, authorName, stance, body, at, hidden, hiddenReason, byViewer,
                List.copyOf(thread));
    }
}
