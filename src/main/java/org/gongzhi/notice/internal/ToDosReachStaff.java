package org.gongzhi.notice.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseQueries;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseSummary;
import org.gongzhi.cases.WorkOrderStepTaken;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalStageChanged;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.identity.AccountQueries;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.notice.Notifications;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Staff hear of what lands in their to-do (the staff home's counts), in their account's inbox, once per step: a work
 * order dispatched to the property company, the owners' committee or the residents' committee reaches every account
 * of that party's role (not whoever dispatched it); a proposal that comes to wait for the residents' committee (on
 * the agenda by its support, or deliberated) reaches the committee's staff.
 */
@Component
class ToDosReachStaff {

    /** The detail is a record in the community's language, like the other notifications'. */
    private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final AccountQueries accounts;
    private final CaseQueries cases;
    private final ProposalQueries proposals;
    private final MessageSource messages;
    private final Clock clock;

    ToDosReachStaff(Notifications notifications, AccountQueries accounts, CaseQueries cases, ProposalQueries proposals,
            MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.cases = cases;
        this.proposals = proposals;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkOrderStepTaken step) {
        if (step.to() != CaseState.DISPATCHED) {
            return;
        }
        CaseSummary order = cases.details(reader(step.communityId()), step.workOrderId()).summary();
        Role handles = switch (order.party()) {
            case PROPERTY_COMPANY -> Role.PM_STAFF;
            case OWNERS_COMMITTEE -> Role.OC_MEMBER;
            case RESIDENTS_COMMITTEE -> Role.RC_STAFF;
            case OUTSIDE_DEPARTMENT -> null;
        };
        if (handles == null) {
            return;
        }
        String detail = text("notice.todo.dispatched", String.valueOf(order.id()), text("case.category." + order.category().name()));
        notifications.addToAccounts(step.communityId(), others(step.communityId(), handles, step.accountId()),
                NotificationKind.TASK_ASSIGNED, order.id(), detail, "/cases/" + order.id(),
                "todo:case:" + order.id() + ":" + step.at().toInstant().toEpochMilli(), now());
    }

    @ApplicationModuleListener
    void on(ProposalStageChanged changed) {
        if (changed.to() != ProposalState.ON_AGENDA && changed.to() != ProposalState.DELIBERATED) {
            return;
        }
        String title = proposals.summary(changed.communityId(), changed.proposalId()).title();
        String detail = text("notice.todo.proposal", title.length() <= 200 ? title : title.substring(0, 199) + "…",
                text(changed.to().labelKey()));
        notifications.addToAccounts(changed.communityId(), accounts.holding(changed.communityId(), Role.RC_STAFF),
                NotificationKind.TASK_ASSIGNED, changed.proposalId(), detail, "/proposals/" + changed.proposalId(),
                "todo:proposal:" + changed.proposalId() + ":" + changed.to(), now());
    }

    private List<Long> others(long communityId, Role role, Long actingAccount) {
        return accounts.holding(communityId, role).stream().filter(a -> !a.equals(actingAccount)).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RECORD_LANGUAGE);
    }

    /** Reads the order as the module itself, with no role: the reporter's name stays hidden. */
    private static Actor reader(long communityId) {
        return new Actor(0, "notice", "notice", communityId, null, false, Set.of());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
