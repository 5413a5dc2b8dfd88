package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.Voting;

/**
 * The home page's blocks per role, as the mobile app reads them and as the page shows them: what waits for the
 * person, what goes on, their own matters, the staff to-do counts; a cast ballot takes its vote off the list.
 */
class TodayApiTest extends IntegrationTest {

    private static final String TODAY = "/api/v1/me/today";

    @Autowired
    Voting voting;

    @Autowired
    VoteQueries votes;

    @Autowired
    TodayQueries todayQueries;

    @Autowired
    MessageSource messages;

    private long community() {
        return jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private long residentOf(String username) {
        return jdbc.sql("select resident_id from account where username = ?").param(username).query(Long.class)
                .single();
    }

    private long today(String username, String path) throws Exception {
        String json = mvc.perform(get(TODAY).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Object value = JsonPath.read(json, path);
        return value instanceof List<?> counts ? counts.stream().mapToLong(c -> ((Number) c).longValue()).sum()
                : ((Number) value).longValue();
    }

    @Test
    void the_resident_sees_the_swan_lake_vote_the_pets_notice_and_the_work_under_way() throws Exception {
        mvc.perform(get(TODAY).with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.votes.total").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.votes.items[*].title").value(hasItem("天鹅湖投喂点选址")))
                .andExpect(jsonPath("$.votes.items[*].url").value(everyItem(startsWith("/votes/"))))
                .andExpect(jsonPath("$.notices.items[*].title").value(hasItem(startsWith("宠邻家"))))
                .andExpect(jsonPath("$.notices.items[0].daysLeft").value(greaterThanOrEqualTo(0)))
                .andExpect(jsonPath("$.projects.total").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.projects.items.length()").value(both(greaterThanOrEqualTo(2))
                        .and(lessThanOrEqualTo(3))))
                .andExpect(jsonPath("$.projects.items[*].percentDone").value(everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.staff").isEmpty());
        assertThat(jdbc.sql("""
                select count(*) from renewal_project where state = 'IN_PROGRESS'
                and (title like '%中心花园%' or title like '%自来水管道%')""")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_home_page_puts_what_waits_for_the_resident_before_the_statistics() throws Exception {
        String html = mvc.perform(get("/").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("天鹅湖投喂点选址")))
                .andExpect(content().string(containsString("宠邻家")))
                .andExpect(content().string(containsString("href=\"/projects?state=IN_PROGRESS\"")))
                .andExpect(content().string(not(containsString("id=\"today-staff\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("id=\"today-votes\"")).isPositive()
                .isLessThan(html.indexOf("id=\"today-notices\""));
        assertThat(html.indexOf("id=\"today-notices\"")).isLessThan(html.indexOf("id=\"today-projects\""));
        assertThat(html.indexOf("id=\"today-projects\"")).isLessThan(html.indexOf("<details class=\"overview\""));
    }

    @Test
    void a_cast_ballot_takes_the_vote_off_the_residents_list() throws Exception {
        long resident = residentOf("resident");
        long grid = jdbc.sql("""
                select s.grid_id from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id join stairwell s on s.id = u.stairwell_id where r.id = ?""")
                .param(resident).query(Long.class).single();
        Actor staff = new Actor(0, "rc.staff", "居委会", community(), null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        long id = voting.create(staff, new VoteDraft(VoteKind.RESIDENTS, "今日待办 测试表决 " + System.nanoTime(), null,
                null, ElectorBasis.ADULT, ChoiceType.AGREE_DISAGREE_ABSTAIN, null, List.of(), 500,
                Comparison.MORE_THAN, null, VoteScope.Kind.GRIDS, Set.of(grid), false, false, false, null,
                OffsetDateTime.now().plusDays(7)));
        long before = today("resident", "$.votes.total");
        voting.open(staff, id);

        assertThat(today("resident", "$.votes.total")).isEqualTo(before + 1);
        assertThat(votes.awaitingBallot(community(), resident, 100).items()).anyMatch(v -> v.id() == id);

        mvc.perform(post("/api/v1/votes/" + id + "/ballots").with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"AGREE\"}"))
                .andExpect(status().isCreated());

        assertThat(today("resident", "$.votes.total")).isEqualTo(before);
        assertThat(votes.awaitingBallot(community(), resident, 100).items()).noneMatch(v -> v.id() == id);
    }

    @Test
    void residents_committee_staff_see_their_to_do_counts_and_no_ballot_of_their_own() throws Exception {
        long awaiting = ((Number) JsonPath.read(mvc.perform(get("/api/v1/proposals")
                        .param("awaitingCommittee", "true").with(as("rc.staff")))
                .andReturn().getResponse().getContentAsString(), "$.total")).longValue();
        mvc.perform(get(TODAY).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.votes.total").value(0))
                .andExpect(jsonPath("$.myReports.total").value(0))
                .andExpect(jsonPath("$.staff[?(@.key == 'triage')].count").value(hasItem((int) awaiting)))
                .andExpect(jsonPath("$.staff[*].key").value(hasItem("casesReported")))
                .andExpect(jsonPath("$.staff[*].key").value(hasItem("votesRunning")))
                .andExpect(jsonPath("$.staff[*].key").value(not(hasItem("casesToHandle.PROPERTY_COMPANY"))));
        mvc.perform(get("/").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"today-staff\"")))
                .andExpect(content().string(containsString("条议题等待居委会办理")))
                .andExpect(content().string(containsString("href=\"/proposals?awaitingCommittee=true\"")))
                .andExpect(content().string(not(containsString("id=\"today-votes\""))));
    }

    @Test
    void property_staff_see_the_work_orders_dispatched_to_the_property_company() throws Exception {
        long toHandle = jdbc.sql("""
                select count(*) from work_order where community_id = ? and responsible_party = 'PROPERTY_COMPANY'
                and state = 'DISPATCHED'""").param(community()).query(Long.class).single();
        assertThat(toHandle).isPositive();
        mvc.perform(get(TODAY).with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff[?(@.key == 'casesToHandle.PROPERTY_COMPANY')].count")
                        .value(hasItem((int) toHandle)))
                .andExpect(jsonPath("$.staff[*].key").value(not(hasItem("triage"))))
                .andExpect(jsonPath("$.staff[*].key").value(not(hasItem("casesReported"))))
                .andExpect(jsonPath("$.staff[*].key").value(not(hasItem("votesRunning"))));
    }

    @Test
    void an_owners_committee_member_sees_the_open_votes_of_their_zone_and_their_own_ballots() throws Exception {
        long allOpen = today("rc.staff", "$.staff[?(@.key == 'votesRunning')].count");
        mvc.perform(get(TODAY).with(as("oc.member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.votes.items[*].title").value(hasItem("北区增设电动自行车充电棚")))
                .andExpect(jsonPath("$.staff[?(@.key == 'votesRunning')].count").value(hasItem(greaterThan(0))))
                .andExpect(jsonPath("$.staff[*].key").value(not(hasItem("triage"))));
        assertThat(today("oc.member", "$.staff[?(@.key == 'votesRunning')].count")).isLessThan(allOpen);
    }

    @Test
    void the_author_of_a_proposal_finds_its_state_among_their_own_matters() {
        long author = jdbc.sql("select author_resident_id from proposal where title like '宠邻家%'")
                .query(Long.class).single();
        Actor neighbour = new Actor(0, "neighbour", "居民", community(), author, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
        Today today = todayQueries.of(neighbour);
        assertThat(today.myProposals().items()).anyMatch(p -> p.title().startsWith("宠邻家")
                && p.state().equals("ON_NOTICE") && p.url().equals("/proposals/" + p.id()));
        assertThat(today.staff()).isEmpty();
    }

    @Test
    void the_blocks_speak_english_with_singulars_and_plurals() throws Exception {
        mvc.perform(get("/").with(as("rc.staff")).cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("proposals wait for the residents")))
                .andExpect(content().string(containsString("Plans on public notice (")))
                .andExpect(content().string(containsString("Work under way (")))
                .andExpect(content().string(containsString("Read the plan, object")))
                .andExpect(content().string(not(containsString("??today."))));
        mvc.perform(get("/").with(as("resident")).cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votes waiting for you (")))
                .andExpect(content().string(containsString("My reports (")))
                .andExpect(content().string(not(containsString("??"))));
        assertThat(messages.getMessage("today.notices.daysLeft", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 day left");
        assertThat(messages.getMessage("today.notices.daysLeft", new Object[] {5}, Locale.ENGLISH))
                .isEqualTo("5 days left");
        assertThat(messages.getMessage("today.todo.votesRunning", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("open vote you run");
        assertThat(messages.getMessage("today.todo.casesToHandle.OWNERS_COMMITTEE", new Object[] {2}, Locale.ENGLISH))
                .isEqualTo("work orders dispatched to the owners' committee, not yet started");
        assertThat(messages.getMessage("today.todo.votesRunning", new Object[] {2}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("项您组织的表决正在进行");
    }

    @Test
    void nobody_signed_out_gets_the_blocks() throws Exception {
        mvc.perform(get(TODAY)).andExpect(status().is4xxClientError());
    }
}
