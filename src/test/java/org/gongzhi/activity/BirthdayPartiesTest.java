package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * 暖心生日会: the month's guests are exactly the residents of seventy and over born in it, each invited once, and an
 * accepted invitation is a place at the party.
 */
class BirthdayPartiesTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    BirthdayParties parties;
    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Clock clock;

    private static Actor residentActor(long residentId) {
        return new Actor(0, "r" + residentId, "居民", AOYUAN, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    @Test
    void the_months_guests_are_invited_once_and_an_accepted_invitation_takes_a_place() {
        YearMonth month = YearMonth.from(LocalDate.now(clock)).plusMonths(2);
        OffsetDateTime start = month.atDay(15).atTime(10, 0).atZone(CommunityEvent.ZONE).toOffsetDateTime();
        long party = handling.create(STAFF, new EventInput(events.programme(AOYUAN, BirthdayParties.PROGRAMME)
                .orElseThrow().id(), "暖心生日会（测试）", null, "7890暖心屋", start, start.plusHours(2), 200, 70, null,
                EnumSet.of(Cohort.ELDERLY)));

        List<BirthdayGuest> guests = parties.guests(STAFF, month);
        long expected = jdbc.sql("""
                select count(*) from register_resident where community_id = ? and moved_out is null
                and extract(month from birth_date) = ? and birth_date <= ?""")
                .params(AOYUAN, month.getMonthValue(), month.atEndOfMonth().minusYears(70)).query(Long.class).single();
        assertThat(guests).hasSize((int) expected).isNotEmpty();
        assertThat(guests).allSatisfy(g -> {
            assertThat(g.birthDate().getMonthValue()).isEqualTo(month.getMonthValue());
            assertThat(g.turns(month.getYear())).isGreaterThanOrEqualTo(70);
            assertThat(g.invited()).isFalse();
        });
        assertThat(parties.parties(STAFF, month)).extracting(CommunityEvent::id).contains(party);
        assertThatThrownBy(() -> parties.guests(residentActor(guests.getFirst().residentId()), month))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(parties.invite(STAFF, party)).isEqualTo(guests.size());
        assertThat(parties.invite(STAFF, party)).as("once per person").isZero();
        BirthdayGuest first = parties.guests(STAFF, month).getFirst();
        BirthdayGuest second = parties.guests(STAFF, month).get(1);
        assertThat(first.invited()).isTrue();

        Actor household = residentActor(first.residentId());
        List<BirthdayInvitation> mine = parties.forMyHousehold(household);
        assertThat(mine).extracting(BirthdayInvitation::residentId).contains(first.residentId());
        assertThatThrownBy(() -> parties.answer(residentActor(second.residentId()), first.invitationId(), true))
                .as("another household").isInstanceOf(NotFound.class);
        parties.answer(household, first.invitationId(), true);
        assertThatThrownBy(() -> parties.answer(household, first.invitationId(), false))
                .isInstanceOf(Refused.class);
        assertThat(events.hasActiveRegistration(party, first.residentId())).isTrue();
        parties.answer(STAFF, second.invitationId(), false);
        assertThat(events.hasActiveRegistration(party, second.residentId())).isFalse();
        assertThat(parties.guests(STAFF, month).stream().filter(g -> g.residentId() == second.residentId())
                .findFirst().orElseThrow().answer()).isEqualTo("DECLINED");

        long cinema = handling.create(STAFF, new EventInput(events.programme(AOYUAN, "7890-CINEMA").orElseThrow().id(),
                "不是生日会", null, "7890暖心屋", start, start.plusHours(2), 20, null, null, EnumSet.allOf(Cohort.class)));
        assertThatThrownBy(() -> parties.invite(STAFF, cinema)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("eventId"));
    }

    @Test
    void staff_read_the_month_and_residents_answer_on_the_events_page() throws Exception {
        long resident = jdbc.sql("select resident_id from identity_account where username = 'resident'")
                .query(Long.class).single();
        LocalDate born = jdbc.sql("select birth_date from register_resident where id = ?").param(resident)
                .query(LocalDate.class).single();
        mvc.perform(get("/events/birthdays").param("month", "2026-13").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("月份“2026-13”看不懂")));
        mvc.perform(get("/events/birthdays").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/events/birthdays").param("month", "2026-12").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"guests\"")));

        YearMonth month = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
        OffsetDateTime start = month.atDay(10).atTime(10, 0).atZone(CommunityEvent.ZONE).toOffsetDateTime();
        long party = handling.create(STAFF, new EventInput(events.programme(AOYUAN, BirthdayParties.PROGRAMME)
                .orElseThrow().id(), "暖心生日会（页面测试）", null, "7890暖心屋", start, start.plusHours(2), 300, null,
                null, EnumSet.of(Cohort.ELDERLY)));
        long invitation = jdbc.sql("""
                insert into activity_invitation (community_id, event_id, resident_id, invited_by, invited_at)
                values (?, ?, ?, 'test', ?)""").params(AOYUAN, party, resident, OffsetDateTime.now(clock))
                .update();
        long id = jdbc.sql("select id from activity_invitation where event_id = ? and resident_id = ?")
                .params(party, resident).query(Long.class).single();
        assertThat(invitation).isEqualTo(1);
        assertThat(born).isNotNull();
        mvc.perform(get("/events").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"inv-" + id + "\"")));
        mvc.perform(post("/events/birthday-invitations/" + id + "/answer").param("accept", "true")
                .with(as("resident")).with(csrf())).andExpect(redirectedUrl("/events#invitations"));
        assertThat(events.hasActiveRegistration(party, resident)).isTrue();
    }
}
