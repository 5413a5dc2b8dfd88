package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.shared.jdbc.BulkCopy;

/**
 * Registrations for one event queue on the event's row from the moment one takes its place until it commits, so what
 * happens in between sets how many a second the event takes (bench/writes.sh). On PostgreSQL the place, the
 * registration's row and its audit entry are one statement that commits on its own: the row is held only while the
 * database runs it. On H2 the place is taken in a transaction, and only the registration's row and its audit entry
 * follow before the commit. Every statement is a round trip that costs each registration: the event is read with
 * whether it is a course's session, and a place taken is answered as written, not read back.
 */
class ARegistrationTakesFewStatementsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_event_is_held_for_one_statement_on_postgresql_and_two_on_h2_and_nothing_is_read_back() throws Exception {
        String token = bearerToken("rc.staff");
        long event = openEvent();
        List<Long> residents = residentsNotRegistered(event);
        register(token, event, residents.get(0));

        List<String> statements = StatementCounter.statementsDuring(() -> register(token, event, residents.get(1)));

        String all = String.join("\n", statements);
        assertThat(statements.get(0)).as(all).contains("from api_token");
        assertThat(statements.get(1)).as(all).startsWith("select e.id").contains("activity_course_session");
        assertThat(statements.get(2)).as(all).startsWith("select id, name, household_id");
        if (BulkCopy.isPostgres(dataSource)) {
            assertThat(statements).as(all).hasSize(4);
            assertThat(statements.get(3)).as("outside any transaction: it commits on its own\n" + all)
                    .startsWith("with wanted as (select * from unnest(")
                    .contains("from activity_event", "for no key update", "insert into activity_registration",
                            "update activity_event set registered = registered + (select count(*) from written)",
                            "insert into audit_event");
        } else {
            assertThat(statements.subList(3, statements.size())).as(all).satisfiesExactly(
                    s -> assertThat(s).startsWith("tx: update activity_event set registered = registered + 1"),
                    s -> assertThat(s).startsWith("tx: insert into activity_registration"),
                    s -> assertThat(s).startsWith("tx: insert into audit_event"));
        }
    }

    @Test
    void the_answer_of_a_place_taken_is_the_registration_as_it_is_read_afterwards() throws Exception {
        String token = bearerToken("rc.staff");
        long event = openEvent();
        long resident = residentsNotRegistered(event).getFirst();

        String answer = mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"residentId\":%d}".formatted(resident)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Map<String, Object> written = JsonPath.parse(answer).json();
        String list = mvc.perform(get("/api/v1/events/" + event + "/registrations")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> read = JsonPath.read(list, "$[?(@.id == " + written.get("id") + ")]");

        assertThat(written).containsEntry("status", "REGISTERED").containsEntry("residentId", (int) resident);
        assertThat(jdbc.sql("""
                select actor from audit_event where action = 'EVENT_REGISTERED' and subject_type = 'ACTIVITY_EVENT'
                and subject_id = ? and detail = ?""").params(event, "REGISTERED #" + written.get("id"))
                .query(String.class).list()).as("its audit entry").containsExactly("rc.staff");
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r).containsOnlyKeys(written.keySet());
            written.forEach((key, value) -> assertThat(r.get(key)).as(key).isEqualTo(key.equals("registeredAt")
                    ? sameInstant(value, r.get(key)) : value));
        });
    }

    private long openEvent() {
        return jdbc.sql("""
                select id from activity_event where community_id = 1 and min_age is null and max_age is null
                and registered + 2 < capacity and starts_at > current_timestamp order by id limit 1""")
                .query(Long.class).single();
    }

    private List<Long> residentsNotRegistered(long event) {
        return jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null
                and r.birth_date < date '2000-01-01' and not exists (select 1 from activity_registration g
                where g.event_id = ? and g.resident_id = r.id) order by r.id limit 2""").param(event)
                .query(Long.class).list();
    }

    /** The instant of a time the database gave back, as the answer wrote it: the offset may differ. */
    private static Object sameInstant(Object answered, Object read) {
        return OffsetDateTime.parse((String) read).isEqual(OffsetDateTime.parse((String) answered)) ? read : answered;
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
