package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** 谁在参与: the figures equal what the registrations say, counted another way, and bad periods are named. */
class WhoTakesPartTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    WhoTakesPart whoTakesPart;
    @Autowired
    Clock clock;

    @Test
    void the_figures_agree_with_the_registrations_counted_independently() {
        LocalDate to = LocalDate.now(clock).plusMonths(2);
        LocalDate from = to.minusYears(1);
        WhoTakesPart.TakingPart f = whoTakesPart.figures(STAFF, from, to);
        String period = """
                from activity_registration g join activity_event e on e.id = g.event_id
                where g.community_id = 1 and g.status = 'REGISTERED' and e.starts_at >= ? and e.starts_at < ?""";
        Object[] range = {from.atStartOfDay(CommunityEvent.ZONE).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(CommunityEvent.ZONE).toOffsetDateTime()};
        long places = jdbc.sql("select count(*) " + period).params(range).query(Long.class).single();
        long came = jdbc.sql("select count(*) " + period + " and g.checked_in_at is not null").params(range)
                .query(Long.class).single();
        long people = jdbc.sql("select count(distinct g.resident_id) " + period + " and g.checked_in_at is not null")
                .params(range).query(Long.class).single();
        assertThat(f.total()).isEqualTo(new WhoTakesPart.TakingPartCounts(places, came, people));
        assertThat(places).isPositive();
        assertThat(came).as("the demo has past events with attendance").isPositive();
        assertThat(f.programmes().stream().mapToLong(p -> p.counts().places()).sum()).isEqualTo(places);
        assertThat(f.grids().stream().mapToLong(g -> g.counts().came()).sum()).isEqualTo(came);
        assertThat(f.cameByGeneration().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(came);
        long warm = jdbc.sql("select count(*) " + period + " " + """
                 and e.programme_id in (select p.id from activity_programme p join activity_programme r
                 on r.id = coalesce(p.parent_id, p.id) where r.code = '7890')""").params(range).query(Long.class)
                .single();
        assertThat(f.programmes().stream().filter(p -> p.name().equals("7890暖心屋")).findFirst().orElseThrow()
                .counts().places()).isEqualTo(warm);
        assertThat(f.programmes().stream().filter(p -> p.name().equals("7890暖心屋")).findFirst().orElseThrow()
                .cameByGeneration().get(Cohort.ELDERLY)).isPositive();
    }

    @Test
    void staff_read_the_page_and_json_and_a_bad_period_is_named() throws Exception {
        mvc.perform(get("/events/participation").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"by-programme\"")));
        mvc.perform(get("/events/participation").param("from", "2026-06-01").param("to", "2026-01-01")
                .with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("结束日期不能早于开始日期")));
        mvc.perform(get("/events/participation").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/event-participation").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.programmes[0].name").exists()).andExpect(jsonPath("$.total.came").exists());
        mvc.perform(get("/api/v1/event-participation").param("from", "2020-01-01").param("to", "2026-12-01")
                .with(as("rc.staff"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/event-participation").with(as("resident"))).andExpect(status().isForbidden());
    }
}
