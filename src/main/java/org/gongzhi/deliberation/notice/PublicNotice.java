package org.gongzhi.deliberation.notice;

import java.time.OffsetDateTime;
import java.util.List;

/** A deliberated plan on public notice (公示): its period and the residents' objections, each with its answer. */
public record PublicNotice(long proposalId, OffsetDateTime startsAt, OffsetDateTime endsAt,
        List<Objection> objections) {

    public boolean isOpenAt(OffsetDateTime at) {
        return at.isBefore(endsAt);
    }

    public long unanswered() {
        return objections.stream().filter(o -> !o.isAnswered()).count();
    }

    /** One resident's objection and the residents' committee's answer, once given. */
    public record Objection(long id, long residentId, String text, OffsetDateTime createdAt, String answer,
            OffsetDateTime answeredAt) {

        public boolean isAnswered() {
            return answer != null;
        }
    }
}
