package org.gongzhi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;

/** An administrator finds who revealed whose ID number, by person, actor, kind and day, page by page. */
class AdministratorSearchesAuditLogTest extends IntegrationTest {

    @Autowired
    Clock clock;

    @Test
    void a_reveal_is_found_by_person_actor_kind_and_day_and_the_search_is_itself_recorded() throws Exception {
        // a resident no other test reveals: the last one of grid 14's register
        long resident = jdbc.sql("""
                select r.id from resident r join household h on h.id = r.household_id
                where r.moved_out is null and r.id_card_cipher is not null order by r.id desc limit 1""")
                .query(Long.class).single();
        mvc.perform(post("/api/v1/residents/" + resident + "/id-card/reveal").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk());
        String today = LocalDate.now(clock).toString();
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        long searchesBefore = searches();

        mvc.perform(get("/api/v1/admin/audit").param("subjectType", "resident").param("subjectId", "" + resident)
                .param("kind", "REVEAL").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items[0].actor").value("rc.staff"))
                .andExpect(jsonPath("$.items[0].action").value("ID_CARD_REVEALED"))
                .andExpect(jsonPath("$.items[0].subjectId").value(resident));
        mvc.perform(get("/api/v1/admin/audit").param("actor", "RC.STAFF").param("kind", "REVEAL")
                .param("from", today).param("to", today).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].subjectId", Matchers.hasItem((int) resident)));
        mvc.perform(get("/api/v1/admin/audit").param("subjectType", "resident").param("subjectId", "" + resident)
                .param("to", yesterday).with(as("admin")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/admin/audit").param("subjectType", "resident").param("subjectId", "" + resident)
                .param("kind", "EXPORT").with(as("admin")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/admin/audit").param("subjectType", "resident").param("subjectId", "" + resident)
                .param("kind", "REVEAL").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ID_CARD_REVEALED")))
                .andExpect(content().string(Matchers.containsString("审计日志")));

        assertThat(searches()).isEqualTo(searchesBefore + 5);
        String lastDetail = jdbc.sql("select detail from audit_event where action = 'AUDIT_SEARCHED' order by id desc limit 1")
                .query(String.class).single();
        assertThat(lastDetail).contains("subject=resident#" + resident).contains("kind=REVEAL");
        mvc.perform(get("/api/v1/admin/audit").param("kind", "AUDIT_SEARCH").param("actor", "admin").with(as("admin")))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(5)));
    }

    @Test
    void results_come_fifty_a_page_newest_first() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(clock).minusDays(400);
        for (int i = 0; i < 60; i++) {
            jdbc.sql("""
                    insert into audit_event (occurred_at, actor, action, subject_type, subject_id, detail)
                    values (?, 'audit.paging.probe', 'RESIDENTS_EXPORTED', 'community', ?, null)""")
                    .params(start.plusMinutes(i), i).update();
        }
        mvc.perform(get("/api/v1/admin/audit").param("actor", "audit.paging.probe").with(as("admin")))
                .andExpect(jsonPath("$.total").value(60))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items.length()").value(50))
                .andExpect(jsonPath("$.items[0].subjectId").value(59));
        mvc.perform(get("/api/v1/admin/audit").param("actor", "audit.paging.probe").param("kind", "EXPORT")
                .param("page", "1").with(as("admin")))
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.items[9].subjectId").value(0));
        mvc.perform(get("/admin/audit").param("actor", "audit.paging.probe").with(as("admin")))
                .andExpect(content().string(Matchers.containsString("page=1")))
                .andExpect(content().string(Matchers.containsString("actor=audit.paging.probe")));
    }

    @Test
    void nobody_but_an_administrator_searches() throws Exception {
        for (String user : new String[] {"rc.staff", "resident", "branch.secretary"}) {
            mvc.perform(get("/admin/audit").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/admin/audit").with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isUnauthorized());
    }

    private long searches() {
        return jdbc.sql("select count(*) from audit_event where action = 'AUDIT_SEARCHED'").query(Long.class).single();
    }
}
