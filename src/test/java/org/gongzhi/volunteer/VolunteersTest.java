package org.gongzhi.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.patrol.PatrolDayClosed;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** Teams, service and its corrections, stars at their boundaries, patrol days as service once, and who may see what. */
class VolunteersTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会 李老师", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    Volunteering volunteering;
    @Autowired
    Teams teams;
    @Autowired
    CareHandling care;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private List<Long> adults(int limit) {
        return jdbc.sql("""
                select id from register_resident where community_id = 1 and moved_out is null
                and birth_date <= ? order by id desc
                limit ?""").params(today().minusYears(30), limit).query(Long.class).list();
    }

    private static Actor resident(long id) {
        return new Actor(0, "r" + id, "居民" + id, AOYUAN, id, false, Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private long newTeam(long leader) {
        return volunteering.createTeam(STAFF, "T" + ThreadLocalRandom.current().nextInt(1_000_000), "楼道清洁志愿队",
                "每周清扫楼道", leader);
    }

    private long serviceRows() {
        return jdbc.sql("select count(*) from volunteer_service").query(Long.class).single();
    }

    @Test
    void stars_begin_exactly_at_their_hours() {
        assertThat(Star.of(0)).isEmpty();
        assertThat(Star.of(99 * 60 + 59)).as("99 h 59 min").isEmpty();
        assertThat(Star.of(100 * 60)).contains(Star.ONE);
        assertThat(Star.of(300 * 60 - 1)).contains(Star.ONE);
        assertThat(Star.of(300 * 60)).contains(Star.TWO);
        assertThat(Star.of(600 * 60 - 1)).contains(Star.TWO);
        assertThat(Star.of(600 * 60)).contains(Star.THREE);
        assertThat(Star.of(1_000 * 60 - 1)).contains(Star.THREE);
        assertThat(Star.of(1_000 * 60)).contains(Star.FOUR);
        assertThat(Star.of(1_500 * 60 - 1)).contains(Star.FOUR);
        assertThat(Star.of(1_500 * 60)).contains(Star.FIVE);
        assertThat(Star.of(Long.MAX_VALUE / 2)).contains(Star.FIVE);
        assertThat(Star.next(99 * 60 + 59)).contains(Star.ONE);
        assertThat(Star.next(1_500 * 60)).isEmpty();
        assertThat(new Standing(1, "x", 6_005).hours()).isEqualTo(100);
        assertThat(new Standing(1, "x", 6_005).minutesOver()).isEqualTo(5);
    }

    @Test
    void a_resident_asks_the_leader_accepts_and_records_their_hours_which_count_towards_a_star() {
        List<Long> people = adults(3);
        Actor leader = resident(people.get(0));
        Actor volunteer = resident(people.get(1));
        Actor stranger = resident(people.get(2));
        long team = newTeam(leader.residentId());

        volunteering.join(volunteer, team);
        assertThatThrownBy(() -> volunteering.join(volunteer, team)).as("asked already").isInstanceOf(Refused.class);
        long before = serviceRows();
        ServiceInput twoHours = new ServiceInput(volunteer.residentId(), today(), 120, "清扫 3 号楼楼道", null);
        assertThatThrownBy(() -> volunteering.record(leader, team, twoHours)).as("not a member yet")
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("residentId"));
        long request = teams.membership(team, volunteer.residentId()).orElseThrow().id();
        assertThatThrownBy(() -> volunteering.decide(stranger, team, request, true)).as("only the leader decides")
                .isInstanceOf(AccessDeniedException.class);
        volunteering.decide(leader, team, request, true);
        assertThatThrownBy(() -> volunteering.decide(leader, team, request, false)).isInstanceOf(Refused.class);

        assertThatThrownBy(() -> volunteering.record(stranger, team, twoHours)).as("a stranger records nothing")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volunteering.record(leader, team, new ServiceInput(volunteer.residentId(), today(),
                -30, "清扫", null))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> volunteering.record(leader, team, new ServiceInput(volunteer.residentId(),
                today().plusDays(1), 60, "清扫", null))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("servedOn"));
        assertThatThrownBy(() -> volunteering.record(leader, team, new ServiceInput(leader.residentId(), today(), 60,
                "清扫", null))).as("a leader does not verify their own hours")
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("residentId"));
        assertThat(serviceRows()).as("refused input changes nothing").isEqualTo(before);

        for (int i = 0; i < 49; i++) {
            volunteering.record(leader, team, twoHours);
        }
        long last = volunteering.record(leader, team, new ServiceInput(volunteer.residentId(), today(), 119, "清扫",
                "少一分钟"));
        assertThat(volunteering.myStanding(volunteer).minutes()).isEqualTo(99 * 60 + 59);
        assertThat(volunteering.myStanding(volunteer).star()).isEmpty();
        long corrected = volunteering.correct(leader, last, 120, "按签到表实为两小时");
        assertThat(volunteering.myStanding(volunteer).minutes()).isEqualTo(100 * 60);
        assertThat(volunteering.myStanding(volunteer).star()).contains(Star.ONE);
        assertThat(volunteering.board(volunteer, team)).extracting(Standing::residentId)
                .containsExactly(volunteer.residentId());

        assertThat(volunteering.visibleService(volunteer, last).superseded()).isTrue();
        assertThat(volunteering.visibleService(volunteer, corrected).correctsId()).isEqualTo(last);
        assertThatThrownBy(() -> volunteering.correct(leader, last, 60, "再改")).as("correct the newest entry")
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> volunteering.visibleService(stranger, last)).as("another's service is not there")
                .isInstanceOf(NotFound.class);
        volunteering.correct(leader, corrected, 0, "重复登记，作废");
        assertThat(volunteering.myStanding(volunteer).minutes()).isEqualTo(98 * 60);
        assertThat(jdbc.sql("select count(*) from volunteer_service where resident_id = ? and team_id = ?")
                .params(volunteer.residentId(), team).query(Long.class).single()).as("nothing overwritten")
                .isEqualTo(52);
    }

    @Test
    void a_patrol_day_becomes_service_once_however_often_it_arrives_and_two_days_at_once_set_up_one_team()
            throws Exception {
        int branch = 8;
        List<Long> present = adults(5);
        long firstDay = 9_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        PatrolDayClosed day = new PatrolDayClosed(AOYUAN, firstDay, branch, "第8网格党支部", today().minusDays(2), 150,
                "民法典 物业服务", "第8网格党支部书记", present);
        PatrolDayClosed next = new PatrolDayClosed(AOYUAN, firstDay + 1, branch, "第8网格党支部", today().minusDays(1),
                150, null, "第8网格党支部书记", present.subList(0, 2));
        List<Callable<Object>> deliveries = new ArrayList<>();
        for (PatrolDayClosed d : List.of(day, next, day)) {
            deliveries.add(() -> transaction.execute(s -> {
                publisher.publishEvent(d);
                return null;
            }));
        }
        Concurrently.all(3, deliveries);
        transaction.executeWithoutResult(s -> publisher.publishEvent(day));

        assertThat(jdbc.sql("select count(*) from volunteer_team where patrol_branch_number = ?").param(branch)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from volunteer_service where source_key like ?")
                .param("patrol:" + firstDay + ":%").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from volunteer_service where source_key like ?")
                .param("patrol:" + (firstDay + 1) + ":%").query(Long.class).single()).isEqualTo(2);
        Team team = teams.patrolTeam(AOYUAN, branch).orElseThrow();
        for (long p : present) {
            assertThat(teams.membership(team.id(), p).orElseThrow().status()).isEqualTo(MembershipStatus.MEMBER);
        }
        ServiceRecord one = teams.serviceOf(AOYUAN, present.get(4), 0, 100).items().stream()
                .filter(s -> s.source() == ServiceSource.PATROL && s.servedOn().equals(day.date())).findFirst()
                .orElseThrow();
        assertThat(one.minutes()).isEqualTo(150);
        assertThat(one.verifiedBy()).isEqualTo("第8网格党支部书记");
    }

    @Test
    void the_api_refuses_strangers_and_names_broken_fields() throws Exception {
        long elderly = teams.team(AOYUAN, "ELDERLY").orElseThrow().id();
        long member = teams.members(elderly, MembershipStatus.MEMBER, 0, 5).items().get(1).residentId();
        String body = """
                {"residentId":%d,"servedOn":"%s","minutes":90,"activity":"陪老人复诊"}""".formatted(member, today());
        mvc.perform(post("/api/v1/volunteer-teams/" + elderly + "/service").with(as("oc.member")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/volunteer-teams/" + elderly + "/service").with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"residentId":%d,"servedOn":"%s","minutes":-5,"activity":" "}""".formatted(member, today())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("minutes", "activity")));
        String created = mvc.perform(post("/api/v1/volunteer-teams/" + elderly + "/service").with(as("resident"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.minutes").value(90))
                .andExpect(jsonPath("$.source").value("LEADER")).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/volunteer-service/" + id).with(as("oc.member"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/volunteer-service/" + id).with(as("rc.staff"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/volunteer-service/" + id + "/corrections").with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":60}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/volunteer-service/" + id + "/corrections").with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":60,\"reason\":\"实为一小时\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.correctsId").value(id));
        mvc.perform(get("/api/v1/volunteer-teams/" + elderly + "/members?status=REQUESTED").with(as("oc.member")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/volunteer-teams/999999").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/volunteer-teams").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.hasItems("ELDERLY", "PETS")));
        mvc.perform(get("/api/v1/volunteer-board").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].star").isNotEmpty());
        mvc.perform(get("/api/v1/me/volunteering").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.standing.star").isNotEmpty())
                .andExpect(jsonPath("$.memberships[*].status", Matchers.hasItem("MEMBER")));
    }

    @Test
    void the_visiting_list_is_seen_only_by_the_leader_the_paired_and_staff_and_a_need_becomes_a_work_order() {
        List<Long> people = adults(4);
        Actor leader = resident(people.get(0));
        Actor paired = resident(people.get(1));
        Actor other = resident(people.get(2));
        long elder = jdbc.sql("select id from register_resident where community_id = 1 and moved_out is null"
                + " and birth_date <= ? order by id limit 1").param(today().minusYears(85)).query(Long.class).single();
        long team = newTeam(leader.residentId());
        for (Actor member : List.of(paired, other)) {
            volunteering.join(member, team);
            volunteering.decide(leader, team, teams.membership(team, member.residentId()).orElseThrow().id(), true);
        }
        long id = care.add(leader, team, elder, CareReason.LIVING_ALONE, 7, "女儿在外地");
        assertThatThrownBy(() -> care.add(leader, team, elder, CareReason.OVER_80, 7, null)).as("once on the list")
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("residentId"));
        assertThatThrownBy(() -> care.pair(leader, id, people.get(3))).as("not a member")
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("volunteerResidentId"));
        care.pair(leader, id, paired.residentId());
        assertThatThrownBy(() -> care.pair(leader, id, paired.residentId())).isInstanceOf(Refused.class);

        assertThat(care.recipients(paired, team)).extracting(CareRecipient::id).containsExactly(id);
        assertThat(care.recipients(other, team)).as("another member sees nobody").isEmpty();
        assertThatThrownBy(() -> care.recipient(other, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> care.visit(other, id, today(), Wellbeing.WELL, null, null, null))
                .as("nor records a visit").isInstanceOf(NotFound.class);
        assertThat(care.recipient(STAFF, id).name()).isNotBlank();
        assertThat(care.recipient(STAFF, id).overdue(today(), CareHandling.ZONE)).isFalse();

        assertThatThrownBy(() -> care.visit(paired, id, today(), Wellbeing.NEEDS_HELP, null, " ",
                org.gongzhi.cases.CaseCategory.WATER_PIPE)).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("need"));
        assertThatThrownBy(() -> care.visit(paired, id, today().plusDays(1), Wellbeing.WELL, null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("visitedOn"));
        care.visit(paired, id, today(), Wellbeing.NEEDS_HELP, "厨房水龙头一直滴水", "请物业修水龙头",
                org.gongzhi.cases.CaseCategory.WATER_PIPE);
        CareVisit visit = care.visits(leader, id).getFirst();
        assertThat(visit.caseId()).isNotNull();
        assertThat(jdbc.sql("select category from work_order where id = ?").param(visit.caseId()).query(String.class)
                .single()).isEqualTo("WATER_PIPE");
        assertThat(care.recipient(leader, id).lastVisit()).isEqualTo(today());
    }

    @Test
    void the_demo_has_the_articles_teams_with_stars_and_the_pages_open() throws Exception {
        Team elderly = teams.team(AOYUAN, "ELDERLY").orElseThrow();
        Team pets = teams.team(AOYUAN, "PETS").orElseThrow();
        assertThat(elderly.members()).isGreaterThanOrEqualTo(70);
        assertThat(pets.members()).isGreaterThanOrEqualTo(170);
        assertThat(teams.members(elderly.id(), MembershipStatus.REQUESTED, 0, 10).total()).isGreaterThan(0);
        assertThat(teams.starCounts(AOYUAN)[0]).as("several one-star volunteers").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from volunteer_service where corrects_id is not null").query(Long.class)
                .single()).isPositive();
        assertThat(teams.patrolTeam(AOYUAN, 1)).as("patrol days became service").isPresent();
        Actor leader = resident(elderly.leaderResidentId());
        List<CareRecipient> visited = care.recipients(leader, elderly.id());
        assertThat(visited).hasSizeGreaterThanOrEqualTo(20);
        assertThat(visited.stream().filter(c -> c.overdue(today(), CareHandling.ZONE))).as("a few overdue, a journey may visit one")
                .hasSizeBetween(1, 6);
        mvc.perform(get("/volunteers/teams/" + elderly.id() + "/care").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("超期未探访")));
        mvc.perform(get("/volunteers/care/" + visited.getFirst().id()).with(as("oc.member")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/care-recipients/" + visited.getFirst().id()).with(as("oc.member")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/care-recipients/" + visited.getFirst().id()).with(as("resident")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visits").isNotEmpty());

        mvc.perform(get("/volunteers").with(as("oc.member"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("为老服务党员志愿队")))
                .andExpect(content().string(Matchers.containsString("一星志愿者")));
        mvc.perform(get("/volunteers/teams/" + elderly.id()).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("登记服务时长")));
        mvc.perform(get("/volunteers/teams/" + elderly.id()).with(as("oc.member"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("登记服务时长"))));
        mvc.perform(get("/volunteers/me").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("下载志愿服务证明")));
        byte[] pdf = mvc.perform(get("/volunteers/me/certificate.pdf").with(as("resident")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("志愿服务证明", elderly.leaderName(), "为老服务党员志愿队", "二星志愿者");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
