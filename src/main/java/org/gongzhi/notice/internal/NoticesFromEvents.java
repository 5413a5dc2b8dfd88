package org.gongzhi.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalPutOnNotice;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.notice.Audience;
import org.gongzhi.notice.Notice;
import org.gongzhi.notice.NoticeCategory;
import org.gongzhi.notice.NoticeInput;
import org.gongzhi.notice.Notices;
import org.gongzhi.voting.VoteClosed;
import org.gongzhi.voting.VoteQueries;

/**
 * The notices the rules require, published by the events that call for them: a plan put on public notice (公示)
 * is posted to the whole community until its notice period ends, a closed vote's result is posted to it too; each
 * links back to its source and is published once, however often its event is delivered.
 */
@Component
class NoticesFromEvents {

    /** A posted notice is a record and stays in the community's language. */
    private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notices notices;
    private final ProposalQueries proposals;
    private final VoteQueries votes;
    private final MessageSource messages;
    private final Clock clock;

    NoticesFromEvents(Notices notices, ProposalQueries proposals, VoteQueries votes, MessageSource messages,
            Clock clock) {
        this.notices = notices;
        this.proposals = proposals;
        this.votes = votes;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProposalPutOnNotice event) {
        long community = event.communityId();
        Optional<ProposalQueries.OnNotice> onNotice = proposals.onNotice(community).stream()
                .filter(n -> n.id() == event.proposalId()).findFirst();
        String title = onNotice.map(ProposalQueries.OnNotice::title)
                .orElseGet(() -> proposals.summary(community, event.proposalId()).title());
        OffsetDateTime now = now();
        OffsetDateTime ends = onNotice.map(ProposalQueries.OnNotice::endsAt).filter(e -> e.isAfter(now)).orElse(null);
        String body = ends == null ? text("notice.auto.onNotice.body", title)
                : text("notice.auto.onNotice.bodyUntil", title, ends.atZoneSameInstant(Notice.ZONE).format(DAY));
        post(community, new NoticeInput(NoticeCategory.DELIBERATION, Audience.COMMUNITY, null,
                text("notice.auto.onNotice.title", title), body, true, null, ends),
                "proposal-on-notice:" + event.proposalId() + ":" + event.at().toInstant().toEpochMilli(),
                "/proposals/" + event.proposalId());
    }

    @ApplicationModuleListener
    void on(VoteClosed closed) {
        String title = votes.list(closed.communityId(), false).stream().filter(v -> v.id() == closed.voteId())
                .findFirst().map(VoteQueries.VoteSummary::title).orElse("#" + closed.voteId());
        String outcome = text(closed.passed() ? "notice.auto.vote.passed" : "notice.auto.vote.notPassed");
        post(closed.communityId(), new NoticeInput(NoticeCategory.VOTE, Audience.COMMUNITY, null,
                text("notice.auto.vote.title", title, outcome), text("notice.auto.vote.body", title,
                        closed.at().atZoneSameInstant(Notice.ZONE).format(DAY), outcome), false, null, null),
                "vote-result:" + closed.voteId(), "/votes/" + closed.voteId());
    }

    private void post(long community, NoticeInput input, String source, String link) {
        notices.target(community, Audience.COMMUNITY, null).ifPresent(place -> notices.addFromSource(community,
                input, place.name(), now(), text("notice.auto.by"), now(), source, link));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RECORD_LANGUAGE);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
