package org.gongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;

/** Staff issue and revoke Open311 keys; a revoked key files nothing. */
class Open311KeysTest extends IntegrationTest {

    private ResultActions fileWith(String key) throws Exception {
        return mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key).param("service_code", "LITTER").param("address_id", "AY-1-2")
                .param("description", "楼道堆放纸箱"));
    }

    private long count(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject_type = 'open311_key' "
                + "and subject_id = ?").params(action, id).query(Long.class).single();
    }

    @Test
    void staff_issue_a_key_that_files_requests_until_it_is_revoked() throws Exception {
        String json = mvc.perform(post("/api/v1/open311/keys").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"松江城运平台\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.label").value("松江城运平台"))
                .andExpect(jsonPath("$.key").value(startsWith("o311_")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String key = JsonPath.read(json, "$.key");
        assertThat(jdbc.sql("select key_digest from open311_key where id = ?").param(id).query(String.class)
                .single()).isEqualTo(Open311Keys.digest(key)).doesNotContain(key);

        mvc.perform(get("/api/v1/open311/keys").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("松江城运平台")))
                .andExpect(content().string(not(containsString(key))))
                .andExpect(content().string(not(containsString("digest"))));
        fileWith(key).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/open311/keys/" + id).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isNoContent());
        fileWith(key).andExpect(status().isForbidden()).andExpect(jsonPath("$[0].code").value(403));
        assertThat(count("OPEN311_KEY_ISSUED", id)).isEqualTo(1);
        assertThat(count("OPEN311_KEY_REVOKED", id)).isEqualTo(1);
    }

    @Test
    void the_property_company_may_neither_see_nor_issue_nor_revoke_keys() throws Exception {
        long demo = jdbc.sql("select id from open311_key where label = '演示密钥'").query(Long.class).single();
        mvc.perform(get("/api/v1/open311/keys").with(as("pm.staff"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/open311/keys").with(as("pm.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/open311/keys/" + demo).with(as("pm.staff")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/open311-keys").with(as("pm.staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/open311/keys")).andExpect(status().isUnauthorized());
        fileWith(Open311Fixtures.DEMO_KEY).andExpect(status().isOk());
    }

    @Test
    void the_keys_page_shows_a_new_key_once_and_revokes_it() throws Exception {
        mvc.perform(get("/settings/open311-keys").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("演示密钥")));
        var issued = mvc.perform(post("/settings/open311-keys").param("label", "区网格化平台")
                        .with(as("rc.staff")).with(csrf()))
                .andExpect(redirectedUrl("/settings/open311-keys"))
                .andExpect(flash().attribute("flash", "open311.keys.done.issued"))
                .andReturn().getFlashMap().get("issued");
        Open311Key.Issued key = (Open311Key.Issued) issued;
        mvc.perform(get("/settings/open311-keys").flashAttr("issued", key).with(as("rc.staff")))
                .andExpect(content().string(containsString(key.key())));
        mvc.perform(get("/settings/open311-keys").with(as("rc.staff")))
                .andExpect(content().string(containsString("区网格化平台")))
                .andExpect(content().string(not(containsString(key.key()))));
        mvc.perform(post("/settings/open311-keys").param("label", " ").with(as("rc.staff")).with(csrf()))
                .andExpect(flash().attributeExists("problems"));
        mvc.perform(post("/settings/open311-keys/" + key.id() + "/revoke").with(as("rc.staff")).with(csrf()))
                .andExpect(redirectedUrl("/settings/open311-keys"));
        fileWith(key.key()).andExpect(status().isForbidden());
    }
}
