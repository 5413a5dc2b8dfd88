package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.Voting;

/**
 * The staff to-do's count of running votes takes the same statements however many votes are open, and still counts
 * only the votes an owners' committee member runs: those wholly in their zone.
 */
class OpenVotesCountedOnceTest extends IntegrationTest {

    private static final long AOYUAN = 1;

    @Autowired
    TodayQueries today;

    @Autowired
    Voting voting;

    @Test
    void more_open_votes_take_no_more_statements_and_count_only_the_members_zone() {
        List<Long> zones = jdbc.sql("select id from register_zone where community_id = ? order by id").param(AOYUAN)
                .query(Long.class).list();
        long inZone = inhabitedBuilding(zones.getFirst());
        long elsewhere = inhabitedBuilding(zones.getLast());
        Actor staff = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        Actor member = new Actor(0, "oc.zone", "业委会", AOYUAN, null, false,
                Set.of(new RoleGrant(Role.OC_MEMBER, ScopeType.ZONE, zones.getFirst())));
        long memberRuns = running(member);
        long staffRuns = running(staff);
        long statements = StatementCounter.during(() -> today.of(member));
        long staffStatements = StatementCounter.during(() -> today.of(staff));

        List<Long> opened = new ArrayList<>();
        for (long building : List.of(inZone, inZone, inZone, elsewhere)) {
            long id = voting.create(staff, new VoteDraft(VoteKind.RESIDENTS, "待办计数 " + System.nanoTime(), null,
                    null, ElectorBasis.ADULT, ChoiceType.AGREE_DISAGREE_ABSTAIN, null, List.of(), 500,
                    Comparison.MORE_THAN, null, VoteScope.Kind.BUILDINGS, Set.of(building), false, false, false,
                    null, OffsetDateTime.now().plusDays(7)));
            voting.open(staff, id);
            opened.add(id);
        }
        try {
            assertThat(StatementCounter.during(() -> today.of(member))).isEqualTo(statements);
            assertThat(StatementCounter.during(() -> today.of(staff))).isEqualTo(staffStatements);
            assertThat(running(member)).isEqualTo(memberRuns + 3);
            assertThat(running(staff)).isEqualTo(staffRuns + 4);
        } finally {
            opened.forEach(id -> {
                // the count of these votes shows while open, so they close only once their period has run out
                jdbc.sql("update vote set closes_at = ? where id = ?")
                        .params(OffsetDateTime.now().minusSeconds(1), id).update();
                voting.close(staff, id);
            });
        }
    }

    private long running(Actor actor) {
        return today.of(actor).staff().stream().filter(t -> t.key().equals("votesRunning"))
                .mapToLong(Today.ToDo::count).sum();
    }

    private long inhabitedBuilding(long zone) {
        return jdbc.sql("""
                select min(s.building_id) from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where s.zone_id = ? and r.moved_out is null""").param(zone).query(Long.class).single();
    }
}
