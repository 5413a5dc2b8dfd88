package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CaseFixtures;
import org.gongzhi.patrol.record.AttendanceMeasure;
import org.gongzhi.patrol.record.PatrolRecordCheck;

/** The patrol day through the API: attendance with ages and roles, findings filed once as cases, who may. */
class PatrolRecordApiTest extends IntegrationTest {

    @Autowired
    PatrolRecords records;

    /** The latest patrol of the branch that has taken place and that nobody has recorded yet. */
    private LocalDate unrecordedPatrol(int branch) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<LocalDate> held = new ArrayList<>();
        for (int year : new int[] {today.getYear() - 1, today.getYear()}) {
            String json = mvc.perform(get("/api/v1/patrols/schedule").param("year", "" + year)
                            .param("branch", "" + branch).with(as("rc.staff")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> dates = JsonPath.read(json, "$[?(@.status != 'CANCELLED')].date");
            dates.stream().map(LocalDate::parse).filter(d -> !d.isAfter(today)).forEach(held::add);
        }
        return held.stream().filter(d -> jdbc.sql("""
                        select count(*) from patrol_record r join grid_branch b on b.id = r.grid_branch_id
                        where b.community_id = 1 and b.number = ?
                        and r.patrol_date = ?""").params(branch, d).query(Long.class).single() == 0)
                .max(LocalDate::compareTo)
                .orElseThrow(() -> new AssertionError("branch " + branch + " has no unrecorded patrol left"));
    }

    private String day(int branch, LocalDate date) {
        return "/api/v1/patrols/branches/" + branch + "/" + date;
    }

    private ResultActions attend(String username, int branch, LocalDate date, String topic, List<Long> ids)
            throws Exception {
        return mvc.perform(post(day(branch, date) + "/attendance").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"studyTopic\":\"%s\",\"present\":%s}".formatted(topic, ids)));
    }

    private ResultActions find(String username, int branch, LocalDate date, String key, String place,
            String description) throws Exception {
        return mvc.perform(post(day(branch, date) + "/findings").with(as(username)).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"category":"SWAN_LAKE","place":"%s","severity":"HIGH","description":"%s"}"""
                        .formatted(place, description)));
    }

    private long resident(String where, Object... params) {
        return jdbc.sql("""
                select r.id from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                join stairwell s on s.id = u.stairwell_id join grid g on g.id = s.grid_id
                join grid_branch b on b.id = g.grid_branch_id where r.community_id = 1
                and r.moved_out is null""" + " and " + where
                + " order by r.birth_date, r.id limit 1").params(params).query(Long.class).single();
    }

    private int ageOn(long residentId, LocalDate date) {
        LocalDate born = jdbc.sql("select birth_date from resident where id = ?").param(residentId)
                .query(LocalDate.class).single();
        return Period.between(born, date).getYears();
    }

    private long community() {
        return jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private AttendanceMeasure measure(int branch, YearMonth month) {
        return records.attendanceByBranchAndMonth(community(), month, month).stream()
                .filter(m -> m.branchNumber() == branch).findFirst().orElseThrow();
    }

    @Test
    void attendance_lists_everyone_with_their_age_on_the_day_and_role_and_the_measure_counts_it() throws Exception {
        LocalDate date = unrecordedPatrol(2);
        YearMonth month = YearMonth.from(date);
        AttendanceMeasure before = measure(2, month);
        long volunteer = resident("""
                r.id in (select v.resident_id from party_volunteer v join stairwell vs on vs.id = v.stairwell_id
                join grid vg on vg.id = vs.grid_id join grid_branch vb on vb.id = vg.grid_branch_id
                where vb.community_id = 1 and vb.number = 2)""");
        long member = resident("""
                r.party_member and b.number = 2 and r.id not in (select resident_id from party_volunteer)""");
        long neighbour = resident("not r.party_member and b.number = 5 and r.birth_date < ?", date.minusYears(80));

        attend("rc.staff", 2, date, "学习二十届三中全会精神", List.of(volunteer, member, neighbour))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.studyTopic").value("学习二十届三中全会精神"))
                .andExpect(jsonPath("$.attendance", hasSize(3)))
                .andExpect(jsonPath("$.attendance[?(@.residentId == %d)].role".formatted(volunteer)).value("VOLUNTEER"))
                .andExpect(jsonPath("$.attendance[?(@.residentId == %d)].role".formatted(member)).value("PARTY_MEMBER"))
                .andExpect(jsonPath("$.attendance[?(@.residentId == %d)].role".formatted(neighbour)).value("RESIDENT"))
                .andExpect(jsonPath("$.attendance[?(@.residentId == %d)].age".formatted(neighbour))
                        .value(ageOn(neighbour, date)))
                .andExpect(jsonPath("$.attendance[0].age").value(ageOn(neighbour, date)));
        String json = attend("rc.staff", 2, date, "学习二十届三中全会精神", List.of(volunteer, neighbour))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance[*].residentId", containsInAnyOrder(
                        (int) volunteer, (int) neighbour)))
                .andReturn().getResponse().getContentAsString();

        assertThat(measure(2, month)).isEqualTo(new AttendanceMeasure(2, month, before.patrols() + 1,
                before.attendees() + 2));
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get("/api/v1/patrols/records/" + id).with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.attendance", hasSize(2)))
                .andExpect(jsonPath("$.date").value(date.toString()));
        mvc.perform(get("/api/v1/patrols/records").param("branch", "2").param("from", date.toString())
                        .param("to", date.toString()).with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].attendees").value(2));
    }

    @Test
    void a_finding_sent_twice_with_one_key_is_one_finding_and_one_case_even_when_sent_at_once() throws Exception {
        LocalDate date = unrecordedPatrol(3);
        String key = UUID.randomUUID().toString();
        String description = "有人在天鹅湖边投喂面包 " + key;
        String first = find("rc.staff", 3, date, key, "LANDMARK:SWAN_LAKE", description)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseState").value("REPORTED"))
                .andReturn().getResponse().getContentAsString();
        find("rc.staff", 3, date, key, "LANDMARK:SWAN_LAKE", description)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(((Number) JsonPath.read(first, "$.id")).intValue()));

        String raced = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<Integer> send = () -> find("rc.staff", 3, date, raced, "LANDMARK:SWAN_LAKE", "湖面漂着塑料袋 " + raced)
                    .andReturn().getResponse().getStatus();
            replies.add(pool.submit(send));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        for (String k : List.of(key, raced)) {
            assertThat(jdbc.sql("select count(*) from patrol_finding where idempotency_key = ?").param(k)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from work_order where description like ?").param("%" + k)
                    .query(Long.class).single()).isEqualTo(1);
        }
        long caseId = ((Number) JsonPath.read(first, "$.caseId")).longValue();
        assertThat(jdbc.sql("select grid_id from work_order where id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(jdbc.sql("select id from grid where community_id = 1 and number = 5").query(Long.class)
                        .single());
        mvc.perform(get("/api/v1/cases/" + caseId).with(as("rc.staff"))).andExpect(status().isOk());
    }

    @Test
    void a_finding_with_a_photo_goes_as_multipart_and_a_place_outside_the_branch_is_refused() throws Exception {
        LocalDate date = unrecordedPatrol(5);
        String stairwell = jdbc.sql("""
                select s.code from stairwell s join grid g on g.id = s.grid_id where g.community_id = 1
                and g.number = 10
                order by s.id limit 1""").query(String.class).single();
        mvc.perform(multipart(day(5, date) + "/findings")
                        .file(new MockMultipartFile("photo", "lamp.png", "image/png", CaseFixtures.png()))
                        .param("category", "BROKEN_LIGHT").param("placeKind", "STAIRWELL").param("placeCode", stairwell)
                        .param("severity", "MEDIUM").param("description", "三楼楼道灯不亮")
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .with(as("rc.staff")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.photo").value(true))
                .andExpect(jsonPath("$.placeCode").value(stairwell));
        find("rc.staff", 5, date, UUID.randomUUID().toString(), "LANDMARK:NORTH_GATE", "北门垃圾")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("placeCode")));
        find("rc.staff", 5, date, "", "LANDMARK:SWAN_LAKE", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("idempotencyKey")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")));
    }

    @Test
    void only_the_branch_secretary_and_staff_record_patrols_and_only_on_days_a_patrol_took_place() throws Exception {
        LocalDate date = unrecordedPatrol(4);
        long someone = resident("b.number = 4");
        attend("branch.secretary", 4, date, "学习", List.of(someone)).andExpect(status().isForbidden());
        attend("resident", 4, date, "学习", List.of(someone)).andExpect(status().isForbidden());
        attend("pm.staff", 4, date, "学习", List.of(someone)).andExpect(status().isForbidden());
        find("branch.secretary", 2, date, UUID.randomUUID().toString(), "LANDMARK:SWAN_LAKE", "x")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrols/records").param("branch", "2").with(as("branch.secretary")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrols/records").with(as("pm.staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrols/records").param("branch", "1").with(as("branch.secretary")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/patrols/records").with(as("branch.secretary")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].branchNumber", everyOne(1)));

        attend("rc.staff", 4, date.plusDays(1), "学习", List.of(someone)).andExpect(status().isNotFound());
        attend("rc.staff", 4, LocalDate.now().plusMonths(2), "学习", List.of(someone)).andExpect(status().isNotFound());
        attend("rc.staff", 4, date, " ", List.of(someone)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("studyTopic"));
        attend("rc.staff", 4, date, "学习", List.of(someone, -5L)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("present"));

        attend("rc.staff", 4, date, "学习", List.of(someone)).andExpect(status().isOk());
        mvc.perform(post("/patrols/branches/4/" + date + "/close").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        attend("rc.staff", 4, date, "学习", List.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("record"));
        find("rc.staff", 4, date, UUID.randomUUID().toString(), "LANDMARK:CENTRAL_GARDEN", "补传：花园长椅损坏")
                .andExpect(status().isCreated());
    }

    private ResultActions tick(String username, int branch, LocalDate date, String path, String json)
            throws Exception {
        return mvc.perform(put(day(branch, date) + path).with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void each_tick_is_saved_on_its_own_and_sending_it_again_changes_nothing() throws Exception {
        LocalDate date = unrecordedPatrol(8);
        long member = resident("r.party_member and b.number = 8");
        String item = PatrolRecordCheck.STAIRWELL + jdbc.sql("""
                select s.code from stairwell s join building b on b.id = s.building_id join grid g on g.id = s.grid_id
                join grid_branch gb on gb.id = g.grid_branch_id where gb.community_id = 1 and gb.number = 8
                order by b.number, s.unit_number limit 1""").query(String.class).single();

        for (int sent = 0; sent < 2; sent++) {
            tick("rc.staff", 8, date, "/attendance/" + member, "{\"present\": true}").andExpect(status().isNoContent());
            tick("rc.staff", 8, date, "/checks/" + item, "{\"status\": \"PROBLEM\"}")
                    .andExpect(status().isNoContent());
        }
        tick("rc.staff", 8, date, "/study-topic", "{\"studyTopic\": \"学习消防安全知识\"}")
                .andExpect(status().isNoContent());
        long record = records.get(community(), rows("""
                select r.id from patrol_record r join grid_branch b on b.id = r.grid_branch_id
                where b.community_id = 1 and b.number = 8 and r.patrol_date = ?""", date)).id();
        assertThat(rows("select count(*) from patrol_attendance where record_id = ? and resident_id = ?", record,
                member)).isOne();
        assertThat(rows("select count(*) from patrol_check where record_id = ? and item_key = ? and status = 'PROBLEM'",
                record, item)).isOne();
        assertThat(rows("select count(*) from audit_event where subject_id = ? and action in "
                + "('PATROL_ATTENDANCE_MARKED', 'PATROL_CHECK_RECORDED')", record)).isEqualTo(2);
        assertThat(records.get(community(), record).studyTopic()).isEqualTo("学习消防安全知识");
        mvc.perform(get(day(8, date).replace("/api/v1", "")).param("step", "checklist").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*<section id=\"step-attendance\"[^>]*hidden.*")))
                .andExpect(content().string(matchesPattern("(?s).*<section id=\"step-checklist\"[^>]*labelledby=\"checklist\">.*")))
                .andExpect(content().string(matchesPattern("(?s).*name=\"item\\.%s\"\\s+value=\"PROBLEM\" checked.*"
                        .formatted(item))));

        tick("rc.staff", 8, date, "/attendance/" + member, "{\"present\": false}").andExpect(status().isNoContent());
        tick("rc.staff", 8, date, "/checks/" + item, "{\"status\": null}").andExpect(status().isNoContent());
        assertThat(rows("select count(*) from patrol_attendance where record_id = ?", record)).isZero();
        assertThat(rows("select count(*) from patrol_check where record_id = ?", record)).isZero();

        tick("rc.staff", 8, date, "/checks/S:NOWHERE", "{\"status\": \"OK\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("checks"));
        tick("rc.staff", 8, date, "/checks/" + item, "{\"status\": \"MAYBE\"}").andExpect(status().isBadRequest());
        tick("rc.staff", 8, date, "/study-topic", "{\"studyTopic\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("studyTopic"));
        tick("branch.secretary", 8, date, "/attendance/" + member, "{\"present\": true}")
                .andExpect(status().isForbidden());
        mvc.perform(post("/patrols/branches/8/" + date + "/close").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        tick("rc.staff", 8, date, "/attendance/" + member, "{\"present\": true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("record"));
    }

    @Test
    void the_attendance_measure_lists_every_branch_and_month_with_zeros_where_nothing_was_held() {
        YearMonth far = YearMonth.of(2001, 1);
        List<AttendanceMeasure> measures = records.attendanceByBranchAndMonth(community(), far, far.plusMonths(2));
        assertThat(measures).hasSize(8 * 3).allMatch(m -> m.patrols() == 0 && m.attendees() == 0);
        assertThat(measures).extracting(AttendanceMeasure::branchNumber).containsOnly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Integer>> everyOne(int value) {
        return org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(value));
    }
}
