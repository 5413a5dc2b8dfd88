package org.gongzhi.notice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.WorkOrderStepTaken;
import org.gongzhi.deliberation.ProposalStageChanged;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * What lands in a staff member's to-do reaches their account's inbox, home in the register or not, once: a work order
 * dispatched to the property company reaches the property company's accounts but not the one who dispatched it, nor
 * the residents' committee; a proposal coming to wait for the residents' committee reaches its staff and no other
 * community's. The inbox page and API list it and count it unread.
 */
class StaffHearOfTheirToDosTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Accounts register;
    @Autowired
    Clock clock;

    private long account(String username) {
        return jdbc.sql("select id from identity_account where username = ?").param(username).query(Long.class)
                .single();
    }

    private List<Long> told(String sourceKey) {
        return jdbc.sql("""
                select account_id from notice_notification where source_key = ? and kind = 'TASK_ASSIGNED'
                order by account_id""").param(sourceKey).query(Long.class).list();
    }

    private void deliverTwice(Object event) {
        transaction.executeWithoutResult(s -> events.publishEvent(event));
        transaction.executeWithoutResult(s -> events.publishEvent(event));
    }

    @Test
    void a_work_order_dispatched_to_the_property_company_reaches_its_staff_once_but_not_the_dispatcher() throws Exception {
        if (!register.exists("todo.pm.dispatcher")) {
            register.open(new NewAccount("todo.pm.dispatcher", DEMO_PASSWORD, "物业 调度", 1L, null,
                    Set.of(RoleGrant.communityWide(Role.PM_STAFF))));
        }
        long dispatcher = account("todo.pm.dispatcher");
        long order = jdbc.sql("""
                select min(id) from work_order where community_id = 1 and responsible_party = 'PROPERTY_COMPANY'""")
                .query(Long.class).single();
        OffsetDateTime at = OffsetDateTime.now(clock).withNano(0);
        long unreadBefore = jdbc.sql("""
                select count(*) from notice_notification where account_id = ? and read_at is null""")
                .param(account("pm.staff")).query(Long.class).single();

        deliverTwice(new WorkOrderStepTaken(1, order, null, CaseAction.DISPATCH, CaseState.ACCEPTED,
                CaseState.DISPATCHED, dispatcher, null, "物业 调度", at));

        String source = "todo:case:" + order + ":" + at.toInstant().toEpochMilli();
        assertThat(told(source)).as("the property company's accounts, once each, not the dispatcher")
                .contains(account("pm.staff")).doesNotContain(dispatcher, account("rc.staff"), account("oc.member"))
                .doesNotHaveDuplicates();
        mvc.perform(get("/api/v1/notifications").with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kind == 'TASK_ASSIGNED' && @.subjectId == " + order + ")].link")
                        .value(Matchers.hasItem("/cases/" + order)));
        mvc.perform(get("/api/v1/notifications/unread-count").with(as("pm.staff")))
                .andExpect(jsonPath("$.unread").value((int) unreadBefore + 1));
        mvc.perform(get("/inbox").with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("新的待办：工单 #" + order)));
    }

    @Test
    void a_proposal_waiting_for_the_committee_reaches_its_staff_once_and_no_other_community() {
        long proposal = jdbc.sql("select min(id) from proposal where community_id = 1").query(Long.class).single();
        OffsetDateTime at = OffsetDateTime.now(clock).withNano(0);
        deliverTwice(new ProposalStageChanged(proposal, 1, ProposalState.SUBMITTED, ProposalState.ON_AGENDA, at));
        List<Long> staff = told("todo:proposal:" + proposal + ":ON_AGENDA");
        assertThat(staff).contains(account("rc.staff")).doesNotHaveDuplicates()
                .doesNotContain(account("pm.staff"), account("resident"));
        assertThat(jdbc.sql("""
                select count(*) from notice_notification n where n.source_key = ? and n.community_id <> 1""")
                .param("todo:proposal:" + proposal + ":ON_AGENDA").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from identity_account a where a.id in (:told) and a.community_id <> 1""")
                .param("told", staff).query(Long.class).single()).as("rc.staff of the other communities").isZero();

    }
}
