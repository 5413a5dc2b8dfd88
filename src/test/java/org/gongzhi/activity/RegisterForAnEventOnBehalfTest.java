package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.ReportOnBehalfTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.identity.OnBehalfRequest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * 代办报名 (issue 8, item 4): staff and verified volunteers register a resident without a phone for an event, and
 * cancel their place, with the resident's consent. The resident is the registrant (their household sees the place,
 * "由 X 代办"), the places and the waiting list are those of any registration, also when it happens at once; residents
 * and unverified volunteers may not help, and another community's event is not found.
 */
class RegisterForAnEventOnBehalfTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Clock clock;
    @Autowired
    Accounts accounts;

    private long event(Actor staff, int capacity) {
        long programme = events.programmes(staff.communityId()).stream().findFirst().map(Programme::id)
                .orElseGet(() -> handling.addProgramme(staff, null, "T" + UUID.randomUUID().toString().substring(0, 6),
                        "测试", "测试"));
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(3);
        return handling.create(staff, new EventInput(programme, "代办测试 " + UUID.randomUUID().toString().substring(0, 6),
                null, "7890暖心屋", start, start.plusHours(2), capacity, null, null, EnumSet.allOf(Cohort.class)));
    }

    private static String body(Map<String, Object> elder, String name, String consent) {
        return """
                {"residentName":"%s","building":"%s","unit":"%s","room":"%s","consent":%s,
                 "consentNote":"本人电话里同意，女儿在旁"}"""
                .formatted(name, elder.get("building_number"), elder.get("unit_number"), elder.get("room"),
                        consent == null ? "null" : "\"" + consent + "\"");
    }

    private ResultActions send(String path, String username, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static OnBehalfRequest whom(Map<String, Object> elder) {
        return new OnBehalfRequest((String) elder.get("name"), ((Number) elder.get("building_number")).intValue(),
                ((Number) elder.get("unit_number")).intValue(), (String) elder.get("room"), "IN_PERSON", "当面同意");
    }

    private long count(long event, String status) {
        return jdbc.sql("select count(*) from activity_registration where event_id = ? and status = ?")
                .params(event, status).query(Long.class).single();
    }

    @Test
    void a_volunteer_registers_an_elder_who_finds_the_place_as_their_own_and_later_cancels_it_for_them()
            throws Exception {
        String volunteer = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.event.g12", 12), true);
        String unverified = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.event.unv.g12", 12),
                false);
        String resident = ownResidentAccount("res.event.g12", 12);
        Map<String, Object> first = ReportOnBehalfTest.elder(jdbc, 12, 0);
        Map<String, Object> second = ReportOnBehalfTest.elder(jdbc, 12, 1);
        long id = event(STAFF, 1);
        String api = "/api/v1/events/" + id + "/registrations/on-behalf";
        String name = (String) first.get("name");

        send(api, unverified, body(first, name, "IN_PERSON")).andExpect(status().isForbidden());
        send(api, resident, body(first, name, "IN_PERSON")).andExpect(status().isForbidden());
        send(api, volunteer, body(first, name, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        send(api, volunteer, body(first, name + "某", "IN_PERSON")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentName"));
        assertThat(count(id, "REGISTERED") + count(id, "WAITING")).isZero();

        long elderId = ((Number) first.get("id")).longValue();
        send(api, volunteer, body(first, name, "BY_PHONE")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.residentId").value(elderId))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.onBehalfBy").value(volunteer))
                .andExpect(jsonPath("$.consent").value("BY_PHONE"));
        send(api, volunteer, body(first, name, "BY_PHONE")).andExpect(status().isConflict());
        send(api, volunteer, body(second, (String) second.get("name"), "WRITTEN")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITING"));
        assertThat(events.get(AOYUAN, id).registered()).as("one place, taken once").isEqualTo(1);

        Map<String, Object> row = jdbc.sql("""
                select resident_id, status, on_behalf_by_account, on_behalf_by_name, consent_method, consent_note,
                    registered_by from activity_registration where event_id = ? and resident_id = ?""")
                .params(id, elderId).query().singleRow();
        assertThat(row.get("status")).isEqualTo("REGISTERED");
        assertThat(((Number) row.get("on_behalf_by_account")).longValue()).isEqualTo(jdbc.sql(
                "select id from account where username = ?").param(volunteer).query(Long.class).single());
        assertThat(row.get("on_behalf_by_name")).isEqualTo(volunteer);
        assertThat(row.get("consent_method")).isEqualTo("BY_PHONE");
        assertThat(row.get("consent_note")).isEqualTo("本人电话里同意，女儿在旁");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REGISTRATION_ON_BEHALF'"
                + " and subject_id = ?").param(id).query(Long.class).single()).isEqualTo(2);

        // the staff's door list and the elder's own page name the helper
        String roster = mvc.perform(get("/events/" + id + "/roster").with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(roster).contains("由 " + volunteer + " 代办");
        String elderAccount = "elder.event." + elderId;
        if (!accounts.exists(elderAccount)) {
            accounts.open(new NewAccount(elderAccount, DEMO_PASSWORD, name, 1L, elderId,
                    Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        }
        mvc.perform(get("/api/v1/events/" + id + "/registrations").with(as(elderAccount))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].residentId").value(elderId))
                .andExpect(jsonPath("$[0].onBehalfBy").value(volunteer));
        String page = mvc.perform(get("/events/" + id).with(as(elderAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"my-registrations\"", "由 " + volunteer + " 代办");

        // the elder asks the volunteer to cancel: the one waiting moves up
        String cancel = api + "/cancel";
        send(cancel, resident, body(first, name, "BY_PHONE")).andExpect(status().isForbidden());
        send(cancel, volunteer, body(first, name, "IN_PERSON")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        send(cancel, volunteer, body(first, name, "IN_PERSON")).andExpect(status().isConflict());
        assertThat(jdbc.sql("""
                select status from activity_registration where event_id = ? and resident_id = ?""")
                .params(id, ((Number) second.get("id")).longValue()).query(String.class).single())
                .isEqualTo("REGISTERED");
        assertThat(events.get(AOYUAN, id).registered()).isEqualTo(1);
        Map<String, Object> cancelled = jdbc.sql("""
                select cancelled_on_behalf_by_account, cancel_consent_method, cancel_consent_note
                from activity_registration where event_id = ? and resident_id = ?""").params(id, elderId)
                .query().singleRow();
        assertThat(cancelled.get("cancel_consent_method")).isEqualTo("IN_PERSON");
        assertThat(cancelled.get("cancel_consent_note")).isEqualTo("本人电话里同意，女儿在旁");
        assertThat(cancelled.get("cancelled_on_behalf_by_account")).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REGISTRATION_CANCELLED_ON_BEHALF'"
                + " and subject_id = ?").param(id).query(Long.class).single()).isEqualTo(1);

        // another community's event is not found
        long other = jdbc.sql("select min(id) from community where id <> 1").query(Long.class).single();
        long elsewhere = event(new Actor(0, "staff.elsewhere", "居委会", other, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF))), 5);
        send("/api/v1/events/" + elsewhere + "/registrations/on-behalf", volunteer, body(first, name, "BY_PHONE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/events/" + elsewhere + "/register-for").with(as("rc.staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staff_use_the_page_and_places_stay_exact_when_helpers_and_households_register_at_once() throws Exception {
        long id = event(STAFF, 2);
        Map<String, Object> elder = ReportOnBehalfTest.elder(jdbc, 13, 0);
        String name = (String) elder.get("name");
        mvc.perform(get("/events/register-for").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + id + "/register-for").with(as("resident"))).andExpect(status().isForbidden());
        String choose = mvc.perform(get("/events/register-for").with(as("rc.staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(choose).contains("/events/" + id + "/register-for");
        String form = mvc.perform(get("/events/" + id + "/register-for").with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"f-residentName\"", "id=\"f-consent\"", "id=\"f-consentNote\"",
                "id=\"cancel-for\"");

        String kept = mvc.perform(post("/events/" + id + "/register-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", name).param("building", "" + elder.get("building_number"))
                        .param("unit", "" + elder.get("unit_number")).param("room", (String) elder.get("room"))
                        .param("consentNote", "书面委托已存档"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kept).contains("data-field=\"consent\"", "书面委托已存档");
        mvc.perform(post("/events/" + id + "/register-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", name).param("building", "" + elder.get("building_number"))
                        .param("unit", "" + elder.get("unit_number")).param("room", (String) elder.get("room"))
                        .param("consent", "WRITTEN").param("consentNote", "书面委托已存档"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/events/" + id + "/register-for"))
                .andExpect(flash().attribute("flash", "activity.onBehalf.done.registered"));
        String again = mvc.perform(post("/events/" + id + "/register-for").with(as("rc.staff")).with(csrf())
                        .param("residentName", name).param("building", "" + elder.get("building_number"))
                        .param("unit", "" + elder.get("unit_number")).param("room", (String) elder.get("room"))
                        .param("consent", "WRITTEN").param("consentNote", "书面委托已存档"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"refusal\"");
        mvc.perform(post("/events/" + id + "/register-for/cancel").with(as("rc.staff")).with(csrf())
                        .param("residentName", name).param("building", "" + elder.get("building_number"))
                        .param("unit", "" + elder.get("unit_number")).param("room", (String) elder.get("room"))
                        .param("consent", "BY_PHONE").param("consentNote", "电话确认不去了"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "activity.onBehalf.done.cancelled"));
        assertThat(count(id, "CANCELLED")).isEqualTo(1);

        // two elders registered by helpers and four residents by staff, all at once, for two places
        List<Callable<Registration>> tasks = new ArrayList<>();
        for (int skip = 1; skip <= 2; skip++) {
            OnBehalfRequest whom = whom(ReportOnBehalfTest.elder(jdbc, 13, skip));
            tasks.add(() -> handling.registerFor(STAFF, id, whom));
        }
        List<Long> others = jdbc.sql("""
                select id from register_resident where community_id = 1 and moved_out is null
                  and birth_date < date '1990-01-01' and birth_date > date '1960-01-01' order by id desc limit 4""")
                .query(Long.class).list();
        for (long resident : others) {
            tasks.add(() -> handling.register(STAFF, id, resident, null));
        }
        Concurrently.all(6, tasks);
        assertThat(count(id, "REGISTERED")).isEqualTo(2);
        assertThat(count(id, "WAITING")).isEqualTo(4);
        assertThat(events.get(AOYUAN, id).registered()).isEqualTo(2);
    }
}
