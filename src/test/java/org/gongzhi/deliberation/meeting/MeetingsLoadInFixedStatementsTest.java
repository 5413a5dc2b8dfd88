package org.gongzhi.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * The meeting list and a proposal's meeting record are read in a fixed number of statements, however many meetings
 * (with their invitees, agendas, attendance, answers, plans and signatures) there are: no query per meeting.
 */
class MeetingsLoadInFixedStatementsTest extends IntegrationTest {

    @Autowired
    private MeetingHandling meetings;

    @Test
    void the_meeting_list_takes_as_many_statements_for_three_more_meetings() throws Exception {
        long proposal = MeetingApiTest.proposalOnAgenda(mvc, this::as, "计数 " + UUID.randomUUID().toString().substring(0, 6));
        Actor staff = staff();
        meetingWith(proposal);
        long before = StatementCounter.during(() -> meetings.list(staff));
        int listed = meetings.list(staff).size();

        meetingWith(proposal);
        meetingWith(proposal);
        meetingWith(proposal);

        assertThat(meetings.list(staff)).hasSize(Math.min(listed + 3, 200));
        assertThat(StatementCounter.during(() -> meetings.list(staff))).isEqualTo(before);
    }

    @Test
    void a_proposals_meeting_record_takes_as_many_statements_for_three_more_meetings() throws Exception {
        long proposal = MeetingApiTest.proposalOnAgenda(mvc, this::as, "计数 " + UUID.randomUUID().toString().substring(0, 6));
        long community = community();
        meetingWith(proposal);
        long before = StatementCounter.during(() -> meetings.forProposal(community, proposal));
        assertThat(meetings.forProposal(community, proposal)).hasSize(1);

        meetingWith(proposal);
        meetingWith(proposal);
        meetingWith(proposal);

        assertThat(meetings.forProposal(community, proposal)).hasSize(4)
                .allSatisfy(r -> assertThat(r.item().answers()).hasSize(1));
        assertThat(StatementCounter.during(() -> meetings.forProposal(community, proposal))).isEqualTo(before);
    }

    private long community() {
        return jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private Actor staff() {
        long account = jdbc.sql("select id from account where username = 'rc.staff'").query(Long.class).single();
        return new Actor(account, "rc.staff", "居委会", community(), null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }

    /** A held meeting with the proposal on its agenda, answered by one party, its plan recorded and signed. */
    private void meetingWith(long proposal) {
        long community = community();
        OffsetDateTime now = OffsetDateTime.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting (community_id, held_at, place, require_all_four, advisers, created_at) "
                        + "values (?, ?, ?, true, ?, ?)")
                .params(community, LocalDateTime.now().minusDays(1).withNano(0), "计数议事厅", "律师", now)
                .update(key, "id");
        long meeting = key.getKey().longValue();
        jdbc.sql("insert into meeting_invitee (community_id, meeting_id, party, name, zone_group) values (?, ?, ?, ?, ?)")
                .params(community, meeting, "OWNERS_COMMITTEE", "王主任", "南区工作小组").update();
        jdbc.sql("insert into meeting_agenda (community_id, meeting_id, proposal_id, position) values (?, ?, ?, 0)")
                .params(community, meeting, proposal).update();
        for (Party party : Party.values()) {
            jdbc.sql("insert into meeting_attendance (community_id, meeting_id, party) values (?, ?, ?)")
                    .params(community, meeting, party.name()).update();
        }
        jdbc.sql("""
                insert into meeting_answer (community_id, meeting_id, proposal_id, party, position, reasoning,
                contribution, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(community, meeting, proposal, "PROPERTY_COMPANY", "SUPPORT", "同意", "出人", "居委会", now)
                .update();
        jdbc.sql("""
                insert into meeting_plan (community_id, meeting_id, proposal_id, plan, cost_fen, funding_source,
                responsibilities, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(community, meeting, proposal, "更换地面", 120000, "公共收益", "物业施工", "居委会", now).update();
        jdbc.sql("""
                insert into meeting_signature (community_id, meeting_id, proposal_id, party, signer, signed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(community, meeting, proposal, "RESIDENTS_COMMITTEE", "李老师", now).update();
    }
}
