package org.gongzhi.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.VoteDraft;

/** The demo's votes were open as long as a vote a person opens must be, and held their ballots within that time. */
class DemoVotesPeriodTest extends IntegrationTest {

    private record Period(long id, String title, OffsetDateTime createdAt, OffsetDateTime openedAt,
            OffsetDateTime closedAt, OffsetDateTime closesAt) {
    }

    private List<Period> demoVotes() {
        return jdbc.sql("""
                select v.id, v.title, v.created_at, v.opened_at, v.closed_at, v.closes_at from vote v
                join register_community c on c.id = v.community_id
                where c.code = 'AOYUAN' and v.title in (:titles) order by v.id""")
                .param("titles", DemoVotes.TITLES).query(Period.class).list();
    }

    @Test
    void every_demo_vote_is_open_for_at_least_the_minimum_period() {
        List<Period> votes = demoVotes();

        assertThat(votes).extracting(Period::title).containsExactlyInAnyOrderElementsOf(DemoVotes.TITLES);
        for (Period vote : votes) {
            OffsetDateTime earliestClose = vote.openedAt().plus(VoteDraft.MIN_PERIOD);
            assertThat(vote.createdAt()).as(vote.title() + " drafted before it opened")
                    .isBeforeOrEqualTo(vote.openedAt());
            assertThat(vote.closesAt()).as(vote.title() + " closing time").isAfterOrEqualTo(earliestClose);
            if (vote.closedAt() != null) {
                assertThat(vote.closedAt()).as(vote.title() + " closed").isAfterOrEqualTo(earliestClose);
            }
        }
    }

    @Test
    void every_demo_ballot_was_cast_while_its_vote_was_open() {
        for (Period vote : demoVotes()) {
            long outside = jdbc.sql("""
                    select count(*) from ballot where vote_id = ? and (cast_at < ? or cast_at > ?)""")
                    .params(vote.id(), vote.openedAt(), vote.closedAt() == null ? vote.closesAt() : vote.closedAt())
                    .query(Long.class).single();
            assertThat(outside).as(vote.title()).isZero();
        }
    }
}
