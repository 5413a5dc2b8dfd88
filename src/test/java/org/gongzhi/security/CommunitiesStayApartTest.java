package org.gongzhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/**
 * One installation, several communities: the staff of one never reach another's work orders, proposals, projects
 * or residents by id (404, as if they did not exist), a subdistrict officer compares only the communities of their
 * own subdistrict, and the officer's role reads figures without acting anywhere.
 */
class CommunitiesStayApartTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    Accounts accounts;

    @Test
    void staff_of_one_community_get_404_for_anything_of_another_by_id() throws Exception {
        long aoyuan = community("AOYUAN");
        long laiting = community("LAITING");
        for (String path : paths(aoyuan)) {
            mvc.perform(get(path).with(as("rc.staff.laiting"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("rc.staff"))).andExpect(status().isOk());
        }
        for (String path : paths(laiting)) {
            mvc.perform(get(path).with(as("rc.staff"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("rc.staff.yunrun"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("rc.staff.laiting"))).andExpect(status().isOk());
        }
    }

    @Test
    void a_subdistrict_officer_compares_only_the_communities_of_their_subdistrict() throws Exception {
        jdbc.sql("""
                insert into community (code, name, subdistrict, division_code)
                select 'APART.YUEYANG', '岳阳测试居民区', '岳阳街道', '310117'
                where not exists (select 1 from community where code = 'APART.YUEYANG')""").update();
        long yueyang = community("APART.YUEYANG");
        if (!accounts.exists("apart.officer.yueyang")) {
            accounts.open(new NewAccount("apart.officer.yueyang", DEMO_PASSWORD, "岳阳街道 科员", yueyang, null,
                    Set.of(new RoleGrant(Role.SUBDISTRICT_OFFICER, ScopeType.SUBDISTRICT, yueyang))));
        }
        List<String> jiuliting = codes("subdistrict.officer");
        assertThat(jiuliting).contains("AOYUAN", "LAITING", "YUNRUN").doesNotContain("APART.YUEYANG");
        List<String> subdistricts = jdbc.sql("select distinct subdistrict from community where code in (:codes)")
                .param("codes", jiuliting).query(String.class).list();
        assertThat(subdistricts).containsExactly("九里亭街道");
        assertThat(codes("apart.officer.yueyang")).containsExactly("APART.YUEYANG");
    }

    @Test
    void the_officer_reads_figures_but_acts_in_no_community() throws Exception {
        long aoyuan = community("AOYUAN");
        long openCase = first("select min(id) from work_order where community_id = ? and state = 'REPORTED'", aoyuan);
        mvc.perform(post("/api/v1/cases/" + openCase + "/transitions").with(as("subdistrict.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select state from work_order where id = ?").param(openCase).query(String.class).single())
                .isEqualTo("REPORTED");
        long proposal = first("select min(id) from proposal where community_id = ? and state <> 'DRAFT'", aoyuan);
        mvc.perform(post("/api/v1/proposals/" + proposal + "/comments").with(as("subdistrict.officer"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"stance\":\"SUPPORT\",\"text\":\"街道也支持\"}"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select count(*) from proposal_comment where proposal_id = ? and body = '街道也支持'")
                .param(proposal).query(Long.class).single()).isZero();
        for (String path : paths(community("LAITING"))) {
            mvc.perform(get(path).with(as("subdistrict.officer"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/subdistrict").with(as("subdistrict.officer"))).andExpect(status().isOk());
    }

    /** A work order, a proposal, a project (where there is one) and a resident of the community, by id. */
    private List<String> paths(long community) {
        List<String> paths = new ArrayList<>();
        long order = first("select min(id) from work_order where community_id = ?", community);
        paths.add("/api/v1/cases/" + order);
        paths.add("/cases/" + order);
        long proposal = first("select min(id) from proposal where community_id = ? and state <> 'DRAFT'", community);
        paths.add("/api/v1/proposals/" + proposal);
        paths.add("/proposals/" + proposal);
        Long project = jdbc.sql("select id from renewal_project where community_id = ? order by id limit 1")
                .param(community).query(Long.class).optional().orElse(null);
        if (project != null) {
            paths.add("/api/v1/projects/" + project);
            paths.add("/projects/" + project);
        }
        long resident = first("select min(id) from resident where community_id = ? and moved_out is null", community);
        paths.add("/api/v1/residents/" + resident);
        paths.add("/residents/" + resident);
        return paths;
    }

    private long first(String sql, long community) {
        Long id = jdbc.sql(sql).param(community).query(Long.class).single();
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    private long community(String code) {
        return jdbc.sql("select id from community where code = ?").param(code).query(Long.class).single();
    }

    private List<String> codes(String officer) throws Exception {
        JsonNode compared = json.readTree(mvc.perform(get("/api/v1/subdistrict").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> codes = new ArrayList<>();
        compared.get("communities").forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }
}
