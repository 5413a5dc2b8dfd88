package org.gongzhi.deliberation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.deliberation.ProposalMerged;
import org.gongzhi.deliberation.ProposalSubmitted;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** Proposals through the API: raising, drafts, supports (also concurrent), the threshold, merging, comments. */
@RecordApplicationEvents
class ProposalApiTest extends IntegrationTest {

    private static final String SWAN_LAKE = "禁止投喂天鹅，设置告示牌和投喂点";

    @Autowired
    Participation participation;

    @Autowired
    ApplicationEvents events;

    private ResultActions send(String username, String method, String path, String body) throws Exception {
        var request = ("DELETE".equals(method) ? delete(path) : post(path)).with(as(username)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private long raise(String username, String title, String category, String place, boolean draft)
            throws Exception {
        String json = send(username, "POST", "/api/v1/proposals", """
                {"title":"%s","description":"第一行\\n第二行","category":"%s"%s,"draft":%s}"""
                .formatted(title, category, place == null ? "" : ",\"place\":\"" + place + "\"", draft))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long raise(String title) throws Exception {
        return raise("resident", title + " " + UUID.randomUUID().toString().substring(0, 6), "OTHER", "COMMUNITY",
                false);
    }

    private List<Actor> neighbours(int count) {
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        return jdbc.sql("""
                select id from resident where community_id = ? and moved_out is null
                and id not in (select resident_id from account where resident_id is not null)
                order by id desc limit ?""")
                .params(community, count).query(Long.class).list().stream()
                .map(id -> new Actor(0, "neighbour" + id, "邻居 " + id, community, id, false,
                        Set.of(RoleGrant.communityWide(Role.RESIDENT))))
                .toList();
    }

    @Test
    void a_resident_raises_a_proposal_at_their_own_stairwell_and_everybody_signed_in_reads_it() throws Exception {
        long id = raise("resident", "楼道灯太暗 " + UUID.randomUUID().toString().substring(0, 6), "SAFETY", null,
                false);
        mvc.perform(get("/api/v1/proposals/" + id).with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.place.kind").value("STAIRWELL"))
                .andExpect(jsonPath("$.place.code").value("AY-1-1"))
                .andExpect(jsonPath("$.description").value("第一行\n第二行"))
                .andExpect(jsonPath("$.agendaThreshold").value(50))
                .andExpect(jsonPath("$.timeline[0].action").value("CREATE"))
                .andExpect(jsonPath("$.timeline[1].from").value("DRAFT"))
                .andExpect(jsonPath("$.timeline[1].to").value("SUBMITTED"))
                .andExpect(jsonPath("$.timeline[1].actor").value("居民 1号楼"));
        assertThat(events.stream(ProposalSubmitted.class).filter(e -> e.proposalId() == id)).hasSize(1);
        mvc.perform(get("/api/v1/proposals/" + id)).andExpect(status().isUnauthorized());
        send("pm.staff", "POST", "/api/v1/proposals", "{\"title\":\"x\",\"description\":\"y\",\"category\":\"OTHER\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void broken_input_is_a_400_naming_every_field() throws Exception {
        send("resident", "POST", "/api/v1/proposals", """
                {"title":"%s","description":"","category":"FLY","place":"STAIRWELL:AY-999-9"}"""
                .formatted("长".repeat(61)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("title", "description", "category")));
        send("resident", "POST", "/api/v1/proposals", """
                {"title":"标题","description":"内容","category":"OTHER","place":"STAIRWELL:AY-999-9"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
    }

    @Test
    void a_draft_is_its_authors_alone_until_submitted() throws Exception {
        long id = raise("resident", "草稿 " + UUID.randomUUID(), "GREENERY", "LANDMARK:CENTRAL_GARDEN", true)
                ;
        mvc.perform(get("/api/v1/proposals/" + id).with(as("resident")))
                .andExpect(jsonPath("$.state").value("DRAFT"));
        mvc.perform(get("/api/v1/proposals/" + id).with(as("oc.member"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proposals").param("size", "100").with(as("resident")))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        send("oc.member", "POST", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isNotFound());
        send("resident", "POST", "/api/v1/proposals/" + id + "/submit", null)
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        send("resident", "POST", "/api/v1/proposals/" + id + "/submit", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("征集支持中")));
    }

    @Test
    void fifty_residents_supporting_twice_at_once_count_fifty_and_the_threshold_is_crossed_exactly_once()
            throws Exception {
        long id = raise("众人支持");
        jdbc.sql("update proposal set agenda_threshold = 30 where id = ?").param(id).update();
        List<Actor> residents = neighbours(50);
        List<Callable<Long>> tries = new ArrayList<>();
        for (Actor resident : residents) {
            tries.add(() -> participation.support(resident, id));
            tries.add(() -> participation.support(resident, id));
        }
        Concurrently.all(16, tries);

        assertThat(jdbc.sql("select count(*) from proposal_support where proposal_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(50);
        mvc.perform(get("/api/v1/proposals/" + id).with(as("resident")))
                .andExpect(jsonPath("$.supports").value(50))
                .andExpect(jsonPath("$.state").value("ON_AGENDA"));
        assertThat(jdbc.sql("select count(*) from proposal_event where proposal_id = ? and action = 'THRESHOLD'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_support_is_withdrawn_while_open_and_the_author_cannot_support_their_own() throws Exception {
        long id = raise("撤回支持");
        send("oc.member", "POST", "/api/v1/proposals/" + id + "/support", null)
                .andExpect(jsonPath("$.supports").value(1));
        send("oc.member", "POST", "/api/v1/proposals/" + id + "/support", null)
                .andExpect(jsonPath("$.supports").value(1));
        send("oc.member", "DELETE", "/api/v1/proposals/" + id + "/support", null)
                .andExpect(jsonPath("$.supports").value(0));
        send("resident", "POST", "/api/v1/proposals/" + id + "/support", null).andExpect(status().isConflict());
        send("rc.staff", "POST", "/api/v1/proposals/" + id + "/support", null).andExpect(status().isForbidden());
        send("oc.member", "POST", "/api/v1/proposals/" + id + "/support", null).andExpect(status().isOk());
        send("rc.staff", "POST", "/api/v1/proposals/" + id + "/triage", "{\"action\":\"REJECT\",\"reason\":\"重复\"}")
                .andExpect(jsonPath("$.state").value("REJECTED"));
        send("oc.member", "DELETE", "/api/v1/proposals/" + id + "/support", null)
                .andExpect(status().isConflict());
    }

    @Test
    void merging_moves_the_supports_over_without_counting_anyone_twice() throws Exception {
        long merged = raise("合并来源");
        long target = raise("合并目标");
        List<Actor> three = neighbours(3);
        participation.support(three.get(0), merged);
        participation.support(three.get(1), merged);
        participation.support(three.get(1), target);
        participation.support(three.get(2), target);
        send("resident", "POST", "/api/v1/proposals/" + merged + "/triage",
                "{\"action\":\"MERGE\",\"targetId\":" + target + "}").andExpect(status().isForbidden());
        send("rc.staff", "POST", "/api/v1/proposals/" + merged + "/triage",
                "{\"action\":\"MERGE\",\"targetId\":" + merged + "}").andExpect(status().isBadRequest());
        send("rc.staff", "POST", "/api/v1/proposals/" + merged + "/triage",
                "{\"action\":\"MERGE\",\"targetId\":" + target + ",\"reason\":\"同一件事\"}")
                .andExpect(jsonPath("$.state").value("MERGED"))
                .andExpect(jsonPath("$.mergedIntoId").value(target))
                .andExpect(jsonPath("$.timeline[2].reason").value("同一件事"));
        mvc.perform(get("/api/v1/proposals/" + target).with(as("resident")))
                .andExpect(jsonPath("$.supports").value(3));
        assertThat(events.stream(ProposalMerged.class).filter(e -> e.proposalId() == merged)).hasSize(1);
    }

    @Test
    void comments_are_threaded_one_level_tallied_by_stance_and_hidden_but_never_deleted() throws Exception {
        long id = raise("讨论");
        String first = send("oc.member", "POST", "/api/v1/proposals/" + id + "/comments",
                "{\"stance\":\"FOR\",\"body\":\"赞成\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();
        String reply = send("resident", "POST", "/api/v1/proposals/" + id + "/comments",
                "{\"stance\":\"AGAINST\",\"body\":\"<b>不</b>赞成\",\"parentId\":" + firstId + "}")
                .andReturn().getResponse().getContentAsString();
        long replyId = ((Number) JsonPath.read(reply, "$.id")).longValue();
        send("branch.secretary", "POST", "/api/v1/proposals/" + id + "/comments",
                "{\"stance\":\"NEUTRAL\",\"body\":\"回复的回复\",\"parentId\":" + replyId + "}")
                .andExpect(status().isCreated());
        send("resident", "POST", "/api/v1/proposals/" + id + "/comments", "{\"body\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("stance", "body")));

        mvc.perform(get("/api/v1/proposals/" + id + "/comments").with(as("resident")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].replies.length()").value(2))
                .andExpect(jsonPath("$.items[0].replies[0].body").value("<b>不</b>赞成"))
                .andExpect(jsonPath("$.items[0].replies[0].byViewer").value(true));

        send("resident", "POST", "/api/v1/proposals/" + id + "/comments/" + firstId + "/hide", null)
                .andExpect(status().isForbidden());
        send("rc.staff", "POST", "/api/v1/proposals/" + id + "/comments/" + firstId + "/hide", "{}")
                .andExpect(status().isBadRequest());
        send("rc.staff", "POST", "/api/v1/proposals/" + id + "/comments/" + firstId + "/hide",
                "{\"reason\":\"含有不实信息\"}").andExpect(status().isNoContent());
        send("resident", "POST", "/api/v1/proposals/" + id + "/comments/" + replyId + "/hide", null)
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/proposals/" + id + "/comments").with(as("oc.member")))
                .andExpect(jsonPath("$.items[0].hidden").value(true))
                .andExpect(jsonPath("$.items[0].body").doesNotExist())
                .andExpect(jsonPath("$.items[0].hiddenReason").value("含有不实信息"))
                .andExpect(jsonPath("$.items[0].replies[0].hidden").value(true))
                .andExpect(jsonPath("$.items[0].replies[0].hiddenReason").doesNotExist());
        mvc.perform(get("/api/v1/proposals/" + id).with(as("resident")))
                .andExpect(jsonPath("$.comments").value(3))
                .andExpect(jsonPath("$.stances.forIt").value(0))
                .andExpect(jsonPath("$.stances.against").value(0))
                .andExpect(jsonPath("$.stances.neutral").value(1));
        assertThat(jdbc.sql("select count(*) from proposal_comment where proposal_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void following_counts_once_and_shows_among_my_proposals() throws Exception {
        long id = raise("关注");
        send("oc.member", "POST", "/api/v1/proposals/" + id + "/follow", null)
                .andExpect(jsonPath("$.followers").value(1));
        send("oc.member", "POST", "/api/v1/proposals/" + id + "/follow", null)
                .andExpect(jsonPath("$.followers").value(1));
        send("oc.member", "DELETE", "/api/v1/proposals/" + id + "/follow", null)
                .andExpect(jsonPath("$.followers").value(0));
    }

    @Test
    void the_committee_moves_a_proposal_from_the_agenda_to_adopted_and_nobody_else_may() throws Exception {
        long id = raise("全流程");
        String path = "/api/v1/proposals/" + id;
        send("rc.staff", "POST", path + "/transitions", "{\"action\":\"DELIBERATE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("“征集支持中”的议题不能四方商议完毕"))
                .andExpect(jsonPath("$.title").value("Step not allowed"))
                .andExpect(jsonPath("$.code").value("proposal.refused.state"));
        send("rc.staff", "POST", path + "/transitions", "{\"action\":\"PUT_ON_AGENDA\"}")
                .andExpect(status().isBadRequest());
        send("rc.staff", "POST", path + "/triage", "{\"action\":\"PUT_ON_AGENDA\",\"meeting\":\"12月5日 居委会\"}")
                .andExpect(jsonPath("$.state").value("ON_AGENDA"))
                .andExpect(jsonPath("$.meeting").value("12月5日 居委会"));
        send("resident", "POST", path + "/transitions", "{\"action\":\"DELIBERATE\"}")
                .andExpect(status().isForbidden());
        for (String action : List.of("DELIBERATE", "PUT_ON_NOTICE", "OPEN_DECISION", "ADOPT")) {
            if (action.equals("OPEN_DECISION")) { // the public notice (公示) must have ended first
                jdbc.sql("update proposal_notice set ends_at = ? where proposal_id = ?")
                        .params(java.time.OffsetDateTime.now().minusMinutes(1), id).update();
            }
            send("rc.staff", "POST", path + "/transitions", "{\"action\":\"" + action + "\"}")
                    .andExpect(status().isOk());
        }
        for (String action : List.of("START_WORK", "COMPLETE")) { // taken by the proposal's micro-renewal project
            send("rc.staff", "POST", path + "/transitions", "{\"action\":\"" + action + "\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("微更新项目")));
        }
        mvc.perform(get(path).with(as("resident")))
                .andExpect(jsonPath("$.state").value("ADOPTED"))
                .andExpect(jsonPath("$.timeline.length()").value(7));
        assertThat(events.stream(ProposalAdopted.class).filter(e -> e.proposalId() == id)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'proposal' and subject_id = ?"
                + " and action like 'PROPOSAL_%'").param(id).query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void the_duplicate_check_names_the_swan_lake_proposal_and_the_words_it_shares() throws Exception {
        mvc.perform(get("/api/v1/proposals/similar").param("title", "天鹅湖有人投喂天鹅")
                        .param("category", "ENVIRONMENT").param("place", "LANDMARK:SWAN_LAKE").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].proposal.title", hasItem(SWAN_LAKE)))
                .andExpect(jsonPath("$[?(@.proposal.title == '" + SWAN_LAKE + "')].sameCategoryAndPlace",
                        contains(true)))
                .andExpect(jsonPath("$[?(@.proposal.title == '" + SWAN_LAKE + "')].sharedWords[*]",
                        contains("天鹅", "投喂", "喂天")));
    }

    @Test
    void the_list_filters_by_category_and_place_and_sorts_by_support() throws Exception {
        String json = mvc.perform(get("/api/v1/proposals").param("category", "FACILITIES")
                        .param("sort", "MOST_SUPPORTED").param("size", "50").with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].category", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("FACILITIES"))))
                .andReturn().getResponse().getContentAsString();
        List<Integer> supports = JsonPath.read(json, "$.items[*].supports");
        assertThat(supports).isSortedAccordingTo((a, b) -> Integer.compare(b, a)).isNotEmpty();
        mvc.perform(get("/api/v1/proposals").param("place", "LANDMARK:CENTRAL_GARDEN").with(as("resident")))
                .andExpect(jsonPath("$.items[*].title", hasItem("中心花园设施老旧，希望改造")));
    }
}
