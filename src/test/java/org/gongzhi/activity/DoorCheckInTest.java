package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * The door: a registered resident's page shows a QR code with a door code, a volunteer's phone opens the door page
 * from it and checks the person in once; a waiting place, another event's code or a resident's own hand get nowhere.
 */
class DoorCheckInTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Clock clock;

    /** An event starting within the hour: the door is open. */
    private long eventStartingSoon(int capacity) {
        long programme = events.programme(AOYUAN, "7890-CINEMA").orElseThrow().id();
        OffsetDateTime start = OffsetDateTime.now(clock).plusMinutes(50);
        return handling.create(STAFF, new EventInput(programme, "门口签到测试", null, "7890暖心屋", start,
                start.plusHours(2), capacity, null, null, EnumSet.allOf(Cohort.class)));
    }

    private long demoResident() {
        return jdbc.sql("select resident_id from identity_account where username = 'resident'").query(Long.class)
                .single();
    }

    private Actor residentActor() {
        long id = demoResident();
        return new Actor(0, "resident", "钱凤桂", AOYUAN, id, false, Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    @Test
    void a_door_code_is_the_households_own_and_checks_its_place_in_once() {
        long id = eventStartingSoon(1);
        Actor me = residentActor();
        Registration mine = handling.register(me, id, demoResident(), null);
        Participant stranger = jdbc.sql("""
                select id, name, household_id, birth_date from register_resident where community_id = 1
                and moved_out is null
                and household_id <> (select household_id from register_resident where id = ?)
                and birth_date < ? order by id limit 1""").params(demoResident(), OffsetDateTime.now(clock)
                .minusYears(30).toLocalDate()).query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2),
                        rs.getLong(3), rs.getObject(4, java.time.LocalDate.class))).single();
        Registration waiting = handling.register(STAFF, id, stranger.residentId(), null);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);

        String code = handling.doorCode(me, id, mine.id());
        assertThat(code).hasSize(DoorCode.LENGTH).matches("[" + DoorCode.ALPHABET + "]+");
        assertThat(handling.doorCode(me, id, mine.id())).as("the same code every time").isEqualTo(code);
        assertThatThrownBy(() -> handling.doorCode(me, id, waiting.id())).as("another household's place")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> handling.atDoor(me, id, code)).as("a resident cannot check anyone in")
                .isInstanceOf(AccessDeniedException.class);

        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";
        assertThat(handling.atDoor(STAFF, id, typed)).map(Registration::id).contains(mine.id());
        assertThat(handling.atDoor(STAFF, id, "ZZZZ-ZZZZ")).isEmpty();
        assertThat(handling.atDoor(STAFF, id, "not a code")).isEmpty();
        long other = eventStartingSoon(5);
        assertThat(handling.atDoor(STAFF, other, code)).as("a code opens only its own event").isEmpty();

        Registration in = handling.checkInAtDoor(STAFF, id, code);
        assertThat(in.checkedIn()).isTrue();
        assertThatThrownBy(() -> handling.checkInAtDoor(STAFF, id, code)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.code()).isEqualTo("activity.refused.checkedIn"));
        String waitingCode = handling.doorCode(STAFF, id, waiting.id());
        assertThatThrownBy(() -> handling.checkInAtDoor(STAFF, id, waitingCode)).isInstanceOfSatisfying(
                Refused.class, e -> assertThat(e.code()).isEqualTo("activity.refused.notRegistered"));
        assertThat(events.registration(id, waiting.id()).checkedIn()).isFalse();
    }

    @Test
    void the_residents_page_shows_the_qr_code_the_volunteers_phone_opens_and_the_api_checks_in_by_code()
            throws Exception {
        long id = eventStartingSoon(3);
        Registration mine = handling.register(residentActor(), id, demoResident(), null);
        String code = handling.doorCode(residentActor(), id, mine.id());

        mvc.perform(get("/events/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg")))
                .andExpect(content().string(Matchers.containsString(DoorCode.shown(code))));
        mvc.perform(get("/events/" + id + "/door/" + code).with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + id + "/door").param("code", "AAAA-AAAA").with(as("rc.staff")))
                .andExpect(redirectedUrl("/events/" + id + "/roster"));
        mvc.perform(get("/events/" + id + "/door").param("code", code.toLowerCase()).with(as("rc.staff")))
                .andExpect(redirectedUrl("/events/" + id + "/door/" + code));
        mvc.perform(get("/events/" + id + "/door/" + code).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"door-check-in\"")));
        mvc.perform(post("/events/" + id + "/door/" + code + "/check-in").with(as("rc.staff")).with(csrf()))
                .andExpect(redirectedUrl("/events/" + id + "/door/" + code));
        assertThat(events.registration(id, mine.id()).checkedIn()).isTrue();
        mvc.perform(get("/events/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<svg"))));

        Registration second = handling.register(STAFF, id, jdbc.sql("""
                select id from register_resident where community_id = 1 and moved_out is null and birth_date < ?
                and household_id <>
                (select household_id from register_resident where id = ?) order by id desc limit 1""")
                .params(OffsetDateTime.now(clock).minusYears(30).toLocalDate(), demoResident()).query(Long.class)
                .single(), null);
        String body = mvc.perform(get("/api/v1/events/" + id + "/registrations/" + second.id() + "/door-code")
                .with(as("rc.staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String secondCode = JsonPath.read(body, "$.doorCode");
        mvc.perform(post("/api/v1/events/" + id + "/door-check-in").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"doorCode\":\"" + secondCode + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + id + "/door-check-in").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"doorCode\":\"ZZZZ-ZZZZ\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/events/" + id + "/door-check-in").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"doorCode\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("doorCode"));
        mvc.perform(post("/api/v1/events/" + id + "/door-check-in").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"doorCode\":\"" + secondCode + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkedIn").value(true));
    }
}
