package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/** A notice reaches exactly its audience, its read receipts count households exactly, and bad input changes nothing. */
class NoticesReachTheirAudienceTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    NoticePublishing handling;
    @Autowired
    Clock clock;

    private record Living(long residentId, long householdId, long stairwellId, String stairwell) {
    }

    /** Residents living in the grid now, at most one per household, or all of them when {@code everyone}. */
    private List<Living> livingIn(int grid, int limit) {
        return jdbc.sql("""
                select min(r.id), r.household_id, s.id, s.code from register_resident r
                join register_stairwell s on s.id = r.stairwell_id
                where r.moved_out is null and s.community_id = 1
                and s.grid_number = ? group by r.household_id, s.id, s.code
                order by r.household_id limit ?""").params(grid, limit)
                .query((rs, n) -> new Living(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).list();
    }

    private long gridId(int number) {
        return jdbc.sql("select id from register_grid where community_id = ? and number = ?").params(AOYUAN, number)
                .query(Long.class).single();
    }

    private static Actor resident(long residentId) {
        return new Actor(0, "r" + residentId, "居民", AOYUAN, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private long publish(Audience audience, Long id, OffsetDateTime publishAt, OffsetDateTime takeDownAt) {
        return handling.publish(STAFF, new NoticeInput(NoticeCategory.UTILITIES, audience, id,
                "停水 " + UUID.randomUUID().toString().substring(0, 6), "周四停水", false, publishAt, takeDownAt));
    }

    private long reads(long notice) {
        return jdbc.sql("select count(*) from notice_read where notice_id = ?").params(notice).query(Long.class)
                .single();
    }

    @Test
    void a_grid_two_notice_is_seen_in_grid_two_and_nowhere_else_and_not_by_who_moved_out() {
        long notice = publish(Audience.GRID, gridId(2), null, null);
        Living inTwo = livingIn(2, 1).getFirst();
        Living inThree = livingIn(3, 1).getFirst();

        assertThat(handling.visible(resident(inTwo.residentId()), notice).title()).startsWith("停水");
        assertThat(handling.list(resident(inTwo.residentId()), 0, 100).items()).extracting(Notice::id)
                .contains(notice);
        assertThatThrownBy(() -> handling.visible(resident(inThree.residentId()), notice))
                .isInstanceOf(NotFound.class);
        assertThat(handling.list(resident(inThree.residentId()), 0, 100).items()).extracting(Notice::id)
                .doesNotContain(notice);
        assertThatThrownBy(() -> handling.read(resident(inThree.residentId()), notice)).isInstanceOf(NotFound.class);

        jdbc.sql("update resident set moved_out = current_date where id = ?").params(inTwo.residentId()).update();
        try {
            assertThatThrownBy(() -> handling.visible(resident(inTwo.residentId()), notice))
                    .isInstanceOf(NotFound.class);
            assertThat(handling.list(resident(inTwo.residentId()), 0, 100).total()).isZero();
            assertThat(handling.unread(resident(inTwo.residentId()))).isZero();
        } finally {
            jdbc.sql("update resident set moved_out = null where id = ?").params(inTwo.residentId()).update();
        }
    }

    @Test
    void a_stairwell_notice_reaches_only_that_stairwell_and_a_scheduled_or_taken_down_one_nobody() {
        List<Living> grid = livingIn(4, 400);
        Living here = grid.getFirst();
        Living elsewhere = grid.stream().filter(l -> l.stairwellId() != here.stairwellId()).findFirst().orElseThrow();
        long notice = publish(Audience.STAIRWELL, here.stairwellId(), null, null);
        assertThat(handling.visible(resident(here.residentId()), notice).audienceName()).isEqualTo(here.stairwell());
        assertThatThrownBy(() -> handling.visible(resident(elsewhere.residentId()), notice))
                .isInstanceOf(NotFound.class);

        OffsetDateTime now = OffsetDateTime.now(clock);
        long later = publish(Audience.STAIRWELL, here.stairwellId(), now.plusDays(1), null);
        assertThatThrownBy(() -> handling.visible(resident(here.residentId()), later)).isInstanceOf(NotFound.class);
        assertThat(handling.visible(STAFF, later).scheduledAt(now)).isTrue();
        jdbc.sql("update notice set take_down_at = ? where id = ?").params(now.minusMinutes(1), notice).update();
        assertThatThrownBy(() -> handling.visible(resident(here.residentId()), notice)).isInstanceOf(NotFound.class);
    }

    @Test
    void read_receipts_count_each_household_once_even_when_all_its_members_read_at_once() throws Exception {
        long notice = publish(Audience.GRID, gridId(5), null, null);
        List<Long> people = jdbc.sql("""
                select r.id from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.moved_out is null and s.community_id = 1
                and s.grid_number = 5 order by r.id limit 120""").query(Long.class).list();
        long households = jdbc.sql("""
                select count(distinct r.household_id) from register_resident r where r.community_id = 1
                and r.id in (%s)"""
                .formatted(String.join(",", people.stream().map(String::valueOf).toList()))).query(Long.class).single();
        assertThat(households).as("some households have several members").isLessThan(people.size());
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (long person : people) {
            tasks.add(() -> handling.read(resident(person), notice));
            tasks.add(() -> handling.read(resident(person), notice));
        }
        List<Boolean> firsts = Concurrently.all(16, tasks);

        assertThat(reads(notice)).isEqualTo(households);
        assertThat(firsts.stream().filter(b -> b).count()).isEqualTo(households);
        ReadCount count = handling.readCount(STAFF, notice);
        assertThat(count.read()).isEqualTo(households);
        assertThat(count.households()).isEqualTo(jdbc.sql("""
                select count(*) from register_household h join register_stairwell s on s.id = h.stairwell_id
                where h.dissolved_on is null and s.community_id = 1
                and s.grid_number = 5""").query(Long.class).single());
        assertThat(count.unreadStairwells()).isNotEmpty().doesNotContainAnyElementsOf(jdbc.sql("""
                select distinct s.code from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.id in (%s)""".formatted(String.join(",", people.stream().map(String::valueOf).toList())))
                .query(String.class).list());
        assertThat(handling.visible(STAFF, notice).reads()).isEqualTo(households);
    }

    @Test
    void bad_input_names_its_field_and_publishes_nothing() {
        long before = jdbc.sql("select count(*) from notice").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertThatThrownBy(() -> publish(Audience.GRID, gridId(2), now.plusDays(2), now.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("takeDownAt"));
        assertThatThrownBy(() -> publish(Audience.GRID, 999_999L, null, null)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("audienceId"));
        assertThatThrownBy(() -> publish(Audience.BUILDING, null, null, null)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("audienceId"));

        long branchOfTwo = jdbc.sql("select grid_branch_id from register_grid where id = ?").params(gridId(2))
                .query(Long.class).single();
        Actor secretary = new Actor(0, "secretary", "书记", AOYUAN, null, false,
                Set.of(new RoleGrant(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH, branchOfTwo)));
        long otherGrid = jdbc.sql("select min(id) from register_grid where community_id = ? and grid_branch_id <> ?")
                .params(AOYUAN, branchOfTwo).query(Long.class).single();
        assertThatThrownBy(() -> handling.publish(secretary, new NoticeInput(NoticeCategory.SAFETY, Audience.GRID,
                otherGrid, "巡查", "本周巡查", false, null, null))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("audienceId"));
        assertThatThrownBy(() -> handling.publish(secretary, new NoticeInput(NoticeCategory.SAFETY,
                Audience.COMMUNITY, null, "巡查", "本周巡查", false, null, null))).isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("select count(*) from notice").query(Long.class).single()).isEqualTo(before);

        long own = handling.publish(secretary, new NoticeInput(NoticeCategory.SAFETY, Audience.GRID, gridId(2),
                "巡查", "本周巡查", false, null, null));
        assertThat(handling.visible(STAFF, own).publishedBy()).isEqualTo("书记");
    }

    @Test
    void the_api_publishes_for_staff_names_broken_fields_and_hides_other_places_notices() throws Exception {
        String body = """
                {"category":"UTILITIES","audience":"GRID","audienceId":%d,"title":"%s","body":"周四停水"%s}""";
        mvc.perform(post("/api/v1/notices").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(gridId(1), "停水", ""))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notices").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(gridId(1), " ", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post("/api/v1/notices").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(gridId(1), "停水", ",\"takeDownAt\":\"2000-01-01T08:00:00+08:00\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("takeDownAt"));
        String created = mvc.perform(post("/api/v1/notices").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(gridId(1), "网格一停水", "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.audience").value("GRID"))
                .andReturn().getResponse().getContentAsString();
        long mine = ((Number) JsonPath.read(created, "$.id")).longValue();
        long elsewhere = publish(Audience.GRID, gridId(9), null, null);

        mvc.perform(get("/api/v1/notices").param("size", "100").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem((int) mine)))
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem((int) elsewhere))));
        mvc.perform(get("/api/v1/notices/" + elsewhere).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/999999").with(as("rc.staff"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notices/" + mine + "/read").with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.readByMe").value(true))
                .andExpect(jsonPath("$.readHouseholds").value(1));
        mvc.perform(get("/api/v1/notices/" + mine + "/read-count").with(as("resident")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notices/" + mine + "/read-count").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(1));
    }

    @Test
    void the_pages_list_show_publish_and_print_a_notice_with_its_qr_code() throws Exception {
        mvc.perform(get("/notices").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"notices\"")));
        mvc.perform(get("/api/v1/notices").param("size", "100").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", Matchers.hasItem(Matchers.containsString("篮球场众筹账目公示"))));
        mvc.perform(get("/notices/new").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/notices/new").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"GRID:" + gridId(2) + "\"")));
        mvc.perform(post("/notices/new").with(as("rc.staff")).with(csrf()).param("category", "SAFETY")
                        .param("place", "GRID:" + gridId(1)).param("title", "消防通道清理").param("body", "请勿堆物")
                        .param("publishAt", "2030-01-02T08:00").param("takeDownAt", "2030-01-01T08:00"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"e-takeDownAt\"")));
        String location = mvc.perform(post("/notices/new").with(as("rc.staff")).with(csrf())
                        .param("category", "SAFETY").param("place", "GRID:" + gridId(1)).param("title", "消防通道清理")
                        .param("body", "请勿堆物"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/notices/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("消防通道清理")));
        assertThat(reads(id)).isEqualTo(1);
        mvc.perform(get("/notices/" + id).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"unread-stairwells\"")));
        mvc.perform(get("/notices/" + id + "/print").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg")))
                .andExpect(content().string(Matchers.containsString("消防通道清理")));
        String stairwell = jdbc.sql("""
                select s.code from identity_account a join register_resident r on r.id = a.resident_id
                join register_stairwell s on s.id = r.stairwell_id where a.username = 'resident'""")
                .query(String.class).single();
        mvc.perform(get("/notices/board").param("stairwell", stairwell).with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("消防通道清理")))
                .andExpect(content().string(Matchers.containsString("篮球场众筹账目公示")));
        mvc.perform(get("/notices/board").param("stairwell", "no-such").with(as("rc.staff")))
                .andExpect(status().isNotFound());
    }
}
