package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;

/**
 * Registrations for one event queue on the event's row from the moment one takes its place until it commits, so what
 * happens in between sets how many a second the event takes (bench/writes.sh): only the registration's row and its
 * audit entry. The registration is read back after the commit.
 */
class ARegistrationTakesFewStatementsTest extends IntegrationTest {

    @Test
    void the_event_is_held_for_two_statements_and_the_registration_read_back_after_the_commit() throws Exception {
        String token = bearerToken("rc.staff");
        long event = jdbc.sql("""
                select id from activity_event where community_id = 1 and min_age is null and max_age is null
                and registered < capacity and starts_at > current_timestamp order by id limit 1""")
                .query(Long.class).single();
        List<Long> residents = jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null
                and r.birth_date < date '2000-01-01' and not exists (select 1 from activity_registration g
                where g.event_id = ? and g.resident_id = r.id) order by r.id limit 2""").param(event)
                .query(Long.class).list();
        register(token, event, residents.get(0));

        List<String> statements = StatementCounter.statementsDuring(() -> register(token, event, residents.get(1)));

        String all = String.join("\n", statements);
        int taken = statements.size() - 4;
        assertThat(statements.get(taken)).as(all).startsWith("tx: update activity_event set registered = registered + 1");
        assertThat(statements.subList(taken + 1, statements.size())).as(all).satisfiesExactly(
                s -> assertThat(s).startsWith("tx: insert into activity_registration"),
                s -> assertThat(s).startsWith("tx: insert into audit_event"),
                s -> assertThat(s).startsWith("select g.id, g.event_id"));
        assertThat(statements).as(all).hasSize(9);
    }

    private void register(String token, long event, long resident) {
        try {
            mvc.perform(post("/api/v1/events/" + event + "/registrations").header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"residentId\":%d}".formatted(resident)))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
