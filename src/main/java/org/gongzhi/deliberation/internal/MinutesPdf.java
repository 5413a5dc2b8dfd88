package org.gongzhi.deliberation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.meeting.DeliberationMeeting;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.deliberation.meeting.MeetingView;
import org.gongzhi.deliberation.meeting.Party;
import org.gongzhi.shared.pdf.PagedText;

/**
 * The published minutes of a deliberation meeting (议事会纪要) as an A4 PDF: who attended for each party, and for
 * each agenda proposal the four parties' answers, the consensus plan and its co-signatures.
 */
@Component
public class MinutesPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float INDENT = 22;

    private final MessageSource messages;
    private final ZoneId zone;

    MinutesPdf(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.zone = clock.getZone();
    }

    public byte[] pdf(MeetingHandling.Minutes minutes, Locale locale) {
        Text t = new Text(locale);
        MeetingView m = minutes.meeting();
        PagedText doc = new PagedText().title(t.get("meeting.pdf.title", minutes.community()));
        doc.field(t.label("meeting.field.heldAt"), TIME.format(m.heldAt()), 0)
                .field(t.label("meeting.field.place"), m.place(), 0)
                .heading(t.get("meeting.attendance.title"));
        for (Party party : Party.values()) {
            String names = m.inviteesOf(party).stream().map(i -> i.name()
                    + (i.zoneGroup() == null ? "" : "（" + i.zoneGroup() + "）")).collect(Collectors.joining("、"));
            String attended = t.get(m.attendedBy(party) ? "meeting.attended" : "meeting.absent");
            doc.field(t.label("Party." + party), attended + (names.isEmpty() ? "" : " · " + names), 0);
        }
        doc.paragraph(t.get(m.quorate() ? "meeting.quorate" : "meeting.notQuorate"));
        if (m.advisers() != null) {
            doc.field(t.label("meeting.advisers"), m.advisers(), 0);
        }
        for (MeetingView.Item item : m.agenda()) {
            doc.rule().heading(t.get("meeting.pdf.item", String.valueOf(item.proposalId()), item.title()));
            answers(doc, t, item);
            plan(doc, t, item);
        }
        return doc.pdf(t.get("meeting.pdf.title", minutes.community()),
                (page, pages) -> t.get("meeting.pdf.page", page, pages));
    }

    private static void answers(PagedText doc, Text t, MeetingView.Item item) {
        doc.heading(t.get("meeting.answers.title"));
        for (Party party : Party.values()) {
            DeliberationMeeting.Answer a = item.answerOf(party);
            if (a == null) {
                doc.field(t.label("Party." + party), t.get("meeting.answers.none"), 0);
                continue;
            }
            doc.field(t.label("Party." + party), t.get("meeting.position." + a.position()), 0)
                    .field(t.label("meeting.field.reasoning"), a.reasoning(), INDENT);
            if (a.contribution() != null) {
                doc.field(t.label("meeting.field.contribution"), a.contribution(), INDENT);
            }
            doc.field(t.label("meeting.pdf.recorded"), t.recorded(a.recordedBy(), a.recordedAt()), INDENT);
            if (a.onBehalf()) {
                doc.field(t.label("meeting.answeredBy.label"), a.onBehalfOf() == null
                        ? t.get("meeting.onBehalf.unnamed", a.recordedBy())
                        : t.get("meeting.onBehalf.named", a.onBehalfOf(), a.recordedBy()), INDENT);
            }
        }
    }

    private static void plan(PagedText doc, Text t, MeetingView.Item item) {
        DeliberationMeeting.Plan plan = item.plan();
        if (plan == null) {
            doc.paragraph(t.get("meeting.pdf.noPlan"));
            return;
        }
        doc.heading(t.get("meeting.plan.title"))
                .paragraph(plan.text())
                .field(t.label("meeting.field.cost"), t.get("meeting.plan.cost", plan.cost()), 0)
                .field(t.label("meeting.field.fundingSource"), plan.fundingSource(), 0)
                .field(t.label("meeting.field.responsibilities"), plan.responsibilities(), 0)
                .field(t.label("meeting.pdf.recorded"), t.recorded(plan.recordedBy(), plan.recordedAt()), 0)
                .heading(t.get("meeting.signatures.title"));
        for (Party party : Party.values()) {
            DeliberationMeeting.Signature s = item.signatureOf(party);
            doc.field(t.label("Party." + party), s == null ? t.get("meeting.unsigned")
                    : t.get("meeting.signed", s.signer(), t.time(s.signedAt()))
                            + (s.onBehalf() ? " " + t.get("meeting.onBehalf.signature", s.recordedBy()) : ""), 0);
        }
        if (item.fullySigned()) {
            doc.paragraph(t.get("meeting.fullySigned"));
        }
    }

    /** Messages in the reader's language. */
    private final class Text {

        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** A field's label with the language's colon. */
        String label(String key) {
            return get("meeting.pdf.label", get(key));
        }

        /** A moment in the community's time zone, whatever offset the database returned it with. */
        String time(OffsetDateTime at) {
            return TIME.format(at.atZoneSameInstant(zone));
        }

        String recorded(String by, OffsetDateTime at) {
            return get("meeting.pdf.by", by, time(at));
        }
    }
}
