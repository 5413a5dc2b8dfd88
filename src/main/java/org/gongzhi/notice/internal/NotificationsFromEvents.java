package org.gongzhi.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.activity.EventStartingSoon;
import org.gongzhi.pet.PetReminderDue;
import org.gongzhi.pet.ReminderKind;

import org.gongzhi.cases.CaseQueries;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalStageChanged;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.cases.WorkOrderStepTaken;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.notice.Notifications;
import org.gongzhi.renewal.AcceptanceOpened;
import org.gongzhi.renewal.ProjectAcceptance;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.voting.VoteClosed;

/**
 * Turns what other modules publish into notifications: each step on a work order reaches its reporter (unless the
 * reporter took it), a closed vote's result reaches everyone who was told it opened, a dog's vaccination or
 * registration falling due reaches its household, a finished project's call for acceptance reaches everyone living in
 * its area, an event starting within a day reaches those registered for it. Delivered through the event
 * publication registry after the step committed; a redelivered event finds its notification there and adds none.
 */
@Component
class NotificationsFromEvents {

    private final Notifications notifications;
    private final CaseQueries cases;
    private final ProjectAcceptance acceptance;
    private final ProposalQueries proposals;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    NotificationsFromEvents(Notifications notifications, CaseQueries cases, ProjectAcceptance acceptance,
            ProposalQueries proposals, org.springframework.context.MessageSource messages, Clock clock) {
        this.acceptance = acceptance;
        this.proposals = proposals;
        this.messages = messages;
        this.notifications = notifications;
        this.cases = cases;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkOrderStepTaken step) {
        Long reporter = cases.details(reader(step.communityId()), step.workOrderId()).summary().reporterResidentId();
        if (reporter == null || reporter.equals(step.residentId())) {
            return;
        }
        notifications.add(step.communityId(), reporter, NotificationKind.CASE_STEP, step.workOrderId(),
                step.to().name(), "/cases/" + step.workOrderId(),
                "case:" + step.workOrderId() + ":" + step.action() + ":" + step.at().toInstant().toEpochMilli(), now());
    }

    @ApplicationModuleListener
    void on(VoteClosed closed) {
        notifications.addToThoseTold(closed.communityId(), NotificationKind.VOTE_OPENED, closed.voteId(),
                closed.passed() ? NotificationKind.VOTE_PASSED : NotificationKind.VOTE_NOT_PASSED,
                "vote-closed:" + closed.voteId(), now());
    }

    /** A dog's vaccination or registration falls due: everyone living in its household hears of it, once. */
    @ApplicationModuleListener
    void on(PetReminderDue due) {
        NotificationKind kind = due.kind() == ReminderKind.RABIES_DUE ? NotificationKind.PET_RABIES_DUE
                : NotificationKind.PET_LICENCE_DUE;
        String key = "pet:" + due.petId() + ":" + due.kind() + ":" + due.due();
        notifications.addAll(due.communityId(), notifications.householdMembers(due.communityId(), due.householdId()),
                kind, due.petId(), due.petName() + "（" + due.due() + "）", "/pets/" + due.petId(), key, now());
    }

    /** A finished project asks its area to accept it: everyone living there now hears of it, once. */
    @ApplicationModuleListener
    void on(AcceptanceOpened opened) {
        String detail = opened.title() + "（" + opened.closesOn() + "）";
        String key = "acceptance:" + opened.acceptanceId();
        OffsetDateTime now = now();
        notifications.addAll(opened.communityId(), acceptance.residentsAsked(opened),
                NotificationKind.ACCEPTANCE_OPENED, opened.projectId(), detail,
                "/projects/" + opened.projectId() + "#acceptance", key, now);
    }

    /**
     * A proposal moved on: its raiser and its followers living here now hear of it, once each; submitting it is the
     * raiser's own step and tells nobody.
     */
    @ApplicationModuleListener
    void on(ProposalStageChanged changed) {
        if (changed.from() == ProposalState.DRAFT) {
            return;
        }
        String title = proposals.summary(changed.communityId(), changed.proposalId()).title();
        String stage = messages.getMessage(changed.to().labelKey(), null, java.util.Locale.SIMPLIFIED_CHINESE);
        String detail = abbreviated(title, 250) + "（" + stage + "）";
        String key = "proposal-stage:" + changed.proposalId() + ":" + changed.to() + ":"
                + changed.at().toInstant().toEpochMilli();
        OffsetDateTime now = now();
        notifications.addAll(changed.communityId(),
                proposals.raiserAndFollowers(changed.communityId(), changed.proposalId()),
                NotificationKind.PROPOSAL_STAGE, changed.proposalId(), detail, "/proposals/" + changed.proposalId(),
                key, now);
    }

    /**
     * An event starts within a day: the registered resident and the guardian a child comes with hear of it, once per
     * event however many of their household's registrations are reminded.
     */
    @ApplicationModuleListener
    void on(EventStartingSoon soon) {
        java.util.List<Long> told = soon.guardianResidentId() == null ? java.util.List.of(soon.residentId())
                : java.util.List.of(soon.residentId(), soon.guardianResidentId());
        String when = soon.startsAt().atZoneSameInstant(org.gongzhi.notice.Notice.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm"));
        notifications.addAll(soon.communityId(), told, NotificationKind.EVENT_REMINDER, soon.eventId(),
                abbreviated(soon.title(), 150) + "（" + when + "，" + abbreviated(soon.place(), 100) + "）",
                "/events/" + soon.eventId(), "event-reminder:" + soon.eventId(), now());
    }

    private static String abbreviated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Who reads the order to find its reporter: the module itself, with no role (the reporter's name stays hidden). */
    private static Actor reader(long communityId) {
        return new Actor(0, "notice", "notice", communityId, null, false, Set.of());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
