package org.gongzhi.voting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.tally.MatterItem;

/** Votes, actors and places for the voting tests, built on the shared Aoyuan demo register. */
final class VoteFixtures {

    static final long AOYUAN = 1;

    private VoteFixtures() {
    }

    static Actor staff() {
        return new Actor(0, "rc.staff", "居委会", AOYUAN, null, false, Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }

    /** A resident's account, verified as living in their household and, where the register says so, as an owner. */
    static Actor residentActor(long residentId) {
        return new Actor(0, "r" + residentId, "居民", AOYUAN, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT), RoleGrant.communityWide(Role.OWNER)));
    }

    /** A resident's account verified only as living in their household, not as an owner. */
    static Actor householdOnlyActor(long residentId) {
        return new Actor(0, "r" + residentId, "居民", AOYUAN, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    static VoteDraft owners(MatterItem item, Set<Long> buildings, boolean silenceClause) {
        return new VoteDraft(VoteKind.OWNERS, "测试 业主表决 " + System.nanoTime(), null, item.number(), null, null, null,
                List.of(), null, null, null, VoteScope.Kind.BUILDINGS, buildings, false, silenceClause, false)
                .closingAt(inAWeek());
    }

    static VoteDraft residents(ElectorBasis basis, ChoiceType choice, List<String> options, VoteScope scope,
            boolean hidden) {
        return new VoteDraft(VoteKind.RESIDENTS, "测试 居民表决 " + System.nanoTime(), null, null, basis, choice,
                choice == ChoiceType.MULTIPLE ? 2 : null, options, 500, Comparison.MORE_THAN, null, scope.kind(),
                scope.ids(), false, false, hidden).closingAt(inAWeek());
    }

    /** A closing time far enough ahead for any test: a week from now. */
    static OffsetDateTime inAWeek() {
        return OffsetDateTime.now().plusDays(7);
    }

    /**
     * Moves the vote's closing time to just now, as if its period had run out: a vote whose count shows while it is
     * open closes only then (issue 17, item 4), and most tests close their vote by hand right after the ballots.
     */
    static void passClosingTime(JdbcClient jdbc, long vote) {
        jdbc.sql("update vote set closes_at = ? where id = ?").params(OffsetDateTime.now().minusSeconds(1), vote)
                .update();
    }

    static List<Long> electors(JdbcClient jdbc, long vote) {
        return jdbc.sql("select id from vote_elector where vote_id = ? order by id").param(vote).query(Long.class).list();
    }

    /** A resident of the elector who may cast its ballot themselves. */
    static long memberOf(JdbcClient jdbc, long vote, long elector) {
        return jdbc.sql("select min(resident_id) from vote_elector_member where vote_id = ? and elector_id = ?")
                .params(vote, elector).query(Long.class).single();
    }

    static long accountResident(JdbcClient jdbc, String username) {
        return jdbc.sql("select resident_id from account where username = ?").param(username).query(Long.class)
                .single();
    }

    static long buildingOf(JdbcClient jdbc, long residentId) {
        return jdbc.sql("""
                select s.building_id from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id join stairwell s on s.id = u.stairwell_id where r.id = ?""")
                .param(residentId).query(Long.class).single();
    }

    static long gridOf(JdbcClient jdbc, long residentId) {
        return jdbc.sql("""
                select s.grid_id from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id join stairwell s on s.id = u.stairwell_id where r.id = ?""")
                .param(residentId).query(Long.class).single();
    }

    static BallotEntry paper(Answer answer) {
        return new BallotEntry(answer, Set.of(), BallotChannel.PAPER, "表决票 测试", null, null);
    }
}
