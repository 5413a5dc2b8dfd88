package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.VoteRefused;

/** An owner votes in an owners' vote only from an account verified as an owner, not merely as a household member. */
class OwnersVoteNeedsOwnerVerificationTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Test
    void a_household_level_account_cannot_cast_the_owners_ballot_an_owner_level_one_can() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(6L), false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        long resident = VoteFixtures.memberOf(jdbc, id, elector);

        assertThatThrownBy(() -> voting.castOwn(VoteFixtures.householdOnlyActor(resident), id, Answer.AGREE, Set.of()))
                .isInstanceOf(VoteRefused.class);
        assertThat(jdbc.sql("select count(*) from ballot where vote_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(voting.castOwn(VoteFixtures.residentActor(resident), id, Answer.AGREE, Set.of())).isPositive();
    }
}
