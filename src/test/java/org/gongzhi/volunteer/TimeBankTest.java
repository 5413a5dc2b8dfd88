package org.gongzhi.volunteer;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * The time bank: banked service is spent on help asked of a team, never twice, and what is served is credited to the
 * helper and debited from the asker in the same minutes.
 */
class TimeBankTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    TimeBank bank;
    @Autowired
    Teams teams;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    /**
     * A resident of no team and no service until now, made a member of the team with ten hours served. Taken from the
     * register's first rows: other volunteer tests count the service of its last ones.
     */
    private long newMemberWithTenHours(Team team) {
        long id = jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null
                and r.birth_date < ? and not exists
                (select 1 from volunteer_member m where m.resident_id = r.id) and not exists
                (select 1 from volunteer_service s where s.resident_id = r.id) order by r.id limit 1""")
                .param(today().minusYears(20)).query(Long.class).single();
        teams.join(team, id, MembershipStatus.MEMBER, "test", java.time.OffsetDateTime.now(clock));
        teams.record(team, new ServiceInput(id, today().minusDays(3), 600, "测试服务", null), ServiceSource.LEADER,
                null, null, null, "test", java.time.OffsetDateTime.now(clock));
        return id;
    }

    private static Actor residentActor(long residentId) {
        return new Actor(0, "r" + residentId, "居民", AOYUAN, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    @Test
    void credit_is_spent_once_even_when_asked_at_once_and_served_time_moves_from_asker_to_helper() throws Exception {
        Team elderly = teams.team(AOYUAN, "ELDERLY").orElseThrow();
        long team = elderly.id();
        long askerId = newMemberWithTenHours(elderly);
        long helperId = newMemberWithTenHours(elderly);
        Actor asker = residentActor(askerId);
        TimeBalance before = bank.balance(asker);
        assertThat(before).isEqualTo(new TimeBalance(600, 0, 0));

        assertThatThrownBy(() -> bank.ask(asker, null, team, "陪同去医院", today(), (int) before.available() + 1))
                .as("more than banked").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> bank.ask(asker, null, team, " ", today(), 60)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> bank.ask(asker, null, team, "陪同", today().minusDays(1), 60))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("wantedOn"));
        assertThatThrownBy(() -> bank.ask(asker, helperId, team, "代别人申请", today(), 60))
                .as("only staff ask for someone else").isInstanceOf(AccessDeniedException.class);

        int each = (int) before.available() / 3 + 1;
        long expected = 2;
        List<Callable<Object>> asks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            asks.add(() -> {
                try {
                    return bank.ask(asker, null, team, "同时申请", today().plusDays(1), each);
                } catch (InvalidInput notEnough) {
                    return notEnough;
                }
            });
        }
        List<Object> outcomes = Concurrently.all(10, asks);
        assertThat(outcomes.stream().filter(Long.class::isInstance).count()).isEqualTo(expected);
        assertThat(bank.balance(asker).held()).isEqualTo(expected * each);
        assertThat(bank.balance(asker).available()).isGreaterThanOrEqualTo(0);
        for (TimeRequest open : bank.mine(asker)) {
            bank.cancel(asker, open.id());
        }
        assertThat(bank.balance(asker)).isEqualTo(before);

        long id = bank.ask(asker, null, team, "陪同去医院配药", today().plusDays(2), 60);
        assertThat(bank.balance(asker).held()).isEqualTo(60);
        assertThatThrownBy(() -> bank.serve(STAFF, id, 60)).as("pair first").isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.code()).isEqualTo("volunteer.refused.timeNotMatched"));
        assertThatThrownBy(() -> bank.match(STAFF, id, askerId)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("helperResidentId"));
        long outsider = jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null and not exists
                (select 1 from volunteer_member m where m.resident_id = r.id) order by r.id limit 1""")
                .query(Long.class).single();
        assertThatThrownBy(() -> bank.match(STAFF, id, outsider)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> bank.match(residentActor(helperId), id, helperId))
                .as("only the leader pairs").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bank.cancel(residentActor(outsider), id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bank.request(residentActor(outsider), id)).isInstanceOf(NotFound.class);

        long helperBefore = teams.standing(AOYUAN, helperId, "").minutes();
        bank.match(STAFF, id, helperId);
        assertThatThrownBy(() -> bank.serve(STAFF, id, (int) before.available() + 1))
                .as("the request's hour and what is left besides, no more").isInstanceOf(InvalidInput.class);
        bank.serve(STAFF, id, 90);
        assertThatThrownBy(() -> bank.serve(STAFF, id, 90)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> bank.cancel(asker, id)).isInstanceOf(Refused.class);

        TimeBalance after = bank.balance(asker);
        assertThat(after.spent()).isEqualTo(90);
        assertThat(after.held()).isZero();
        assertThat(after.available()).isEqualTo(before.available() - 90);
        assertThat(teams.standing(AOYUAN, helperId, "").minutes()).isEqualTo(helperBefore + 90);
        assertThat(bank.request(asker, id).status()).isEqualTo(TimeRequestStatus.SERVED);
        assertThat(bank.request(asker, id).helperResidentId()).isEqualTo(helperId);
    }

    @Test
    void a_volunteer_asks_on_their_page_and_the_api_answers_their_account() throws Exception {
        long team = teams.team(AOYUAN, "PETS").orElseThrow().id();
        mvc.perform(get("/volunteers/me").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"time-bank\"")));
        mvc.perform(post("/volunteers/time-bank/requests").with(as("resident")).with(csrf())
                        .param("teamId", String.valueOf(team)).param("what", "帮忙遛狗").param("wantedOn",
                                today().toString()).param("minutes", "0"))
                .andExpect(redirectedUrl("/volunteers/me#time-bank"));
        String account = mvc.perform(get("/api/v1/me/time-bank").with(as("resident"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(account, "$.requests[?(@.what == '帮忙遛狗')]")).isEmpty();
        long available = ((Number) JsonPath.read(account, "$.availableMinutes")).longValue();

        mvc.perform(post("/volunteers/time-bank/requests").with(as("resident")).with(csrf())
                        .param("teamId", String.valueOf(team)).param("what", "帮忙遛狗").param("wantedOn",
                                today().toString()).param("minutes", "45"))
                .andExpect(redirectedUrl("/volunteers/me#time-bank"));
        mvc.perform(get("/api/v1/me/time-bank").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.availableMinutes").value(available - 45))
                .andExpect(jsonPath("$.requests[0].what").value("帮忙遛狗"))
                .andExpect(jsonPath("$.requests[0].status").value("REQUESTED"));
        mvc.perform(post("/api/v1/time-bank/requests").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teamId\":" + team + ",\"what\":\"\",\"wantedOn\":\"" + today() + "\",\"minutes\":30}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("what"));
        String created = mvc.perform(post("/api/v1/time-bank/requests").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"teamId\":" + team
                                + ",\"what\":\"修剪阳台绿植\",\"wantedOn\":\"" + today().plusDays(1) + "\",\"minutes\":30}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/volunteer-teams/" + team + "/time-requests").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", Matchers.hasItem((int) id)));
        mvc.perform(post("/api/v1/time-bank/requests/" + id + "/cancel").with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }
}
