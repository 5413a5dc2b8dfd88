package org.gongzhi.voting;

import static org.gongzhi.voting.VoteFixtures.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.tally.MatterItem;

/** Issue 17, item 7: an owners' committee member of one zone does not read the turnout of another zone's vote. */
class TurnoutStaysInItsZoneTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Test
    void the_turnout_of_another_zones_vote_does_not_exist_for_a_zone_member() throws Exception {
        long ownZone = VoteFixtures.buildingOf(jdbc, VoteFixtures.accountResident(jdbc, "oc.member"));
        long otherZone = jdbc.sql("""
                select min(b.id) from register_building b where b.community_id = 1 and b.zone_id <>
                    (select zone_id from register_building where id = ?)""").param(ownZone).query(Long.class).single();
        long other = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(otherZone),
                false));
        voting.open(staff(), other);
        long own = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(ownZone),
                false));
        voting.open(staff(), own);

        mvc.perform(get("/api/v1/votes/" + other + "/turnout").with(as("oc.member"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/votes/" + own + "/turnout").with(as("oc.member"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + other + "/turnout").with(as("rc.staff"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/votes/" + other + "/turnout").with(as("resident"))).andExpect(status().isForbidden());
    }
}
