package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/**
 * The new-vote form offers an owners' committee member only the buildings and grids of their zone; whatever is
 * refused on its post comes back as the same form with every input kept and the reason in the red box.
 */
class NewVoteOffersOnlyWhatMayBeChosenTest extends IntegrationTest {

    private final String title = "外墙修缮 " + UUID.randomUUID().toString().substring(0, 6);

    private List<Integer> buildingsIn(String zone) {
        return jdbc.sql("select b.number from building b join zone z on z.id = b.zone_id"
                + " where z.community_id = 1 and z.name = ? order by 1")
                .param(zone).query(Integer.class).list();
    }

    private static String closing() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(OffsetDateTime.now().plusDays(5).atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
    }

    private MockHttpServletRequestBuilder ownersVote(String user, String... scope) {
        MockHttpServletRequestBuilder request = post("/votes/new").with(as(user)).with(csrf()).param("kind", "OWNERS")
                .param("title", title).param("description", "南北两区各自表决").param("matterItem", "5")
                .param("closesAt", closing());
        for (int i = 0; i < scope.length; i += 2) {
            request.param(scope[i], scope[i + 1]);
        }
        return request;
    }

    private long votesTitled() {
        return jdbc.sql("select count(*) from vote where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void an_owners_committee_member_is_offered_the_buildings_of_their_zone_only() throws Exception {
        int north = buildingsIn("北区").getFirst();
        int south = buildingsIn("南区").getFirst();
        mvc.perform(get("/votes/new").with(as("oc.member"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"f-building-" + north + "\"")))
                .andExpect(content().string(not(containsString("id=\"f-building-" + south + "\""))))
                .andExpect(content().string(not(containsString("value=\"COMMUNITY\""))));
        mvc.perform(get("/votes/new").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"f-building-" + north + "\"")))
                .andExpect(content().string(containsString("id=\"f-building-" + south + "\"")))
                .andExpect(content().string(containsString("value=\"COMMUNITY\"")));
    }

    @Test
    void a_vote_outside_the_members_zone_comes_back_as_the_form_with_the_reason_and_the_input() throws Exception {
        int south = buildingsIn("南区").getFirst();
        mvc.perform(ownersVote("oc.member", "scopeKind", "BUILDINGS", "buildingNumbers", String.valueOf(south)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString("北区")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("南北两区各自表决</textarea>")));
        mvc.perform(ownersVote("oc.member", "scopeKind", "COMMUNITY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"refusal\"")));
        assertThat(votesTitled()).isZero();
    }

    @Test
    void the_member_runs_a_vote_for_their_whole_zone_with_one_tick() throws Exception {
        long zone = jdbc.sql("select id from zone where community_id = 1 and name = '北区'").query(Long.class).single();
        mvc.perform(ownersVote("oc.member", "scopeKind", "BUILDINGS", "wholeZones", String.valueOf(zone)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select b.number from vote_scope s join building b on b.id = s.scope_id
                join vote v on v.id = s.vote_id where v.title = ? order by 1""").param(title).query(Integer.class)
                .list()).isEqualTo(buildingsIn("北区"));
    }
}
