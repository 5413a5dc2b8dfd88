package org.gongzhi.pet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.gongzhi.cases.CaseCategory;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/** The census per role: a household's own pets only, pet volunteers in their grids, staff everywhere, the public. */
class PetCensusTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    PetHandling handling;
    @Autowired
    Pets pets;
    @Autowired
    java.time.Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }

    private String dogJson(String name, String birth, String licence, String vaccinated) {
        return """
                {"species":"DOG","name":"%s","breed":"柯基","sex":"MALE","birthDate":"%s","licenceNumber":%s,
                 "licenceExpiresOn":"%s","rabiesVaccinatedOn":"%s"}""".formatted(name, birth,
                licence == null ? "null" : "\"" + licence + "\"", today().plusMonths(10), vaccinated);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A resident living in grid {@code grid}, of a household other than {@code except}. */
    private Actor residentIn(int grid, long except) {
        return jdbc.sql("""
                select r.id, r.name from register_resident r join register_stairwell s on s.id = r.stairwell_id
                join register_household h on h.id = r.household_id
                where s.community_id = 1 and s.grid_number = ? and r.moved_out is null and h.dissolved_on is null
                and r.household_id <> ?
                order by r.id limit 1""").params(grid, except)
                .query((rs, n) -> new Actor(0, "r" + rs.getLong(1), rs.getString(2), AOYUAN, rs.getLong(1), false,
                        Set.of(RoleGrant.communityWide(Role.RESIDENT)))).single();
    }

    @Test
    void a_resident_declares_a_dog_sees_its_vaccination_reminder_and_no_one_else_sees_or_edits_it() throws Exception {
        String name = unique("豆豆");
        String created = mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(dogJson(name, today().minusYears(2).toString(), "SJ20261234",
                                today().minusYears(1).plusDays(10).toString())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/pets/mine").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.pets[?(@.id == " + id + ")]").exists())
                .andExpect(jsonPath("$.reminders[?(@.petId == " + id + ")].kind").value("RABIES_DUE"));
        mvc.perform(get("/pets").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("id=\"reminders\"")));

        Pet pet = pets.get(AOYUAN, id).orElseThrow();
        Actor neighbour = residentIn(pet.gridNumber(), pet.householdId());
        assertThatThrownBy(() -> handling.visible(neighbour, id)).isInstanceOf(NotFound.class);
        PetInput rename = new PetInput(Species.DOG, "改名", null, null, null, false, null, null, null, null, null,
                null, null);
        assertThatThrownBy(() -> handling.edit(neighbour, id, rename)).isInstanceOf(NotFound.class);
        mvc.perform(get("/api/v1/pets/" + id).with(as("oc.member"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/pets/" + id).with(as("oc.member")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"species\":\"DOG\",\"name\":\"改名\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/pets/" + id).with(as("oc.member"))).andExpect(status().isNotFound());
        assertThat(pets.get(AOYUAN, id).orElseThrow().name()).isEqualTo(name);
        mvc.perform(get("/api/v1/pets/" + id).with(as("rc.staff"))).andExpect(status().isOk());
    }

    @Test
    void bad_input_names_the_field_and_changes_nothing() throws Exception {
        long before = count("select count(*) from pet");
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(dogJson(unique("未来"), today().plusDays(1).toString(), null,
                                today().minusDays(3).toString())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("birthDate"));
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(dogJson(unique("早打"), today().minusYears(1).toString(), null,
                                today().minusYears(2).toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rabiesVaccinatedOn"));
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(dogJson(unique("错号"), today().minusYears(1).toString(), "12-AB",
                                today().minusDays(3).toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'licenceNumber')]").exists());
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'species')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        assertThat(count("select count(*) from pet")).isEqualTo(before);

        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"species\":\"CAT\",\"name\":\"" + unique("老猫") + "\",\"estimatedAge\":41}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("estimatedAge"));
        assertThat(count("select count(*) from pet")).isEqualTo(before);
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"species\":\"CAT\",\"name\":\"" + unique("老猫") + "\",\"estimatedAge\":3}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.birthEstimated").value(true))
                .andExpect(jsonPath("$.birthDate").value(today().minusYears(3).toString()));
        before++;

        String name = unique("团团");
        String body = "{\"species\":\"CAT\",\"name\":\"" + name + "\"}";
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/pets").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(name, " " + name.toUpperCase() + " ")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(count("select count(*) from pet")).isEqualTo(before + 1);
    }

    @Test
    void the_same_pet_declared_eight_times_at_once_is_recorded_once() throws Exception {
        Actor owner = residentIn(3, -1);
        PetInput input = new PetInput(Species.DOG, unique("元宝"), "柴犬", PetSex.MALE, today().minusYears(1), true,
                "SJ20268888", today().plusMonths(3), today().minusMonths(2), null, null, null, null);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> {
                try {
                    return handling.declare(owner, input);
                } catch (InvalidInput e) {
                    return e.problems().getFirst().field();
                }
            });
        }
        List<Object> results = Concurrently.all(8, tasks);
        assertThat(results.stream().filter(Long.class::isInstance)).hasSize(1);
        assertThat(results.stream().filter("name"::equals)).hasSize(7);
        assertThat(count("select count(*) from pet where name = ?", input.name())).isEqualTo(1);
    }

    @Test
    void staff_see_each_buildings_census_and_the_vaccination_due_list_residents_do_not_and_the_public_sees_figures()
            throws Exception {
        mvc.perform(get("/api/v1/pets/census").param("building", "1").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.stairwells.length()", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.pets.total", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.pets.items.length()", Matchers.lessThanOrEqualTo(20)));
        mvc.perform(get("/api/v1/pets/census").param("building", "1").with(as("resident")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pets/vaccination-due").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total", Matchers.greaterThan(20)))
                .andExpect(jsonPath("$.items[0].species").value("DOG"));
        long stairwellPets = count("""
                select count(*) from pet p join register_household h on h.id = p.household_id
                join register_stairwell s on s.id = h.stairwell_id where s.community_id = 1
                and s.building_number = 1 and p.status = 'LIVING'""");
        List<StairwellCensus> building = handling.building(STAFF, 1);
        assertThat(building.stream().mapToLong(StairwellCensus::total).sum()).isEqualTo(stairwellPets);
        mvc.perform(get("/pets/census").param("building", "1").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"stairwells\"")));
        mvc.perform(get("/pets/due").with(as("rc.staff"))).andExpect(status().isOk());

        String stats = mvc.perform(get("/api/v1/pets/stats").param("community", "AOYUAN"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dogs", Matchers.greaterThan(300)))
                .andExpect(jsonPath("$.bySpecies.CAT", Matchers.greaterThan(200)))
                .andExpect(jsonPath("$.coverage[13].visited", Matchers.lessThan(
                        JsonPath.<Integer>read(mvc.perform(get("/api/v1/pets/coverage").with(as("rc.staff")))
                                .andReturn().getResponse().getContentAsString(), "$[13].stairwells"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(stats).doesNotContain("旺财", "SJ2", "householdId");
        mvc.perform(get("/api/v1/pets/mine")).andExpect(status().is(Matchers.oneOf(302, 401)));
        mvc.perform(get("/pets/stats").with(as("resident"))).andExpect(status().isOk());
    }

    @Test
    void staff_list_the_dogs_breaking_each_rule_and_a_pet_volunteer_those_of_their_grid() throws Exception {
        mvc.perform(get("/api/v1/pets/compliance").param("issue", "BANNED_BREED").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].dog.name", Matchers.hasItem("黑虎")));
        mvc.perform(get("/api/v1/pets/compliance").param("issue", "MORE_THAN_ONE_DOG").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].dog.name", Matchers.hasItem("二宝")));
        mvc.perform(get("/api/v1/pets/compliance").param("issue", "LATE_REPORT").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].dog.name", Matchers.hasItem("阿福")));
        mvc.perform(get("/api/v1/pets/compliance").param("size", "100").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total", Matchers.greaterThan(60)))
                .andExpect(jsonPath("$.items.length()").value(100));
        mvc.perform(get("/api/v1/pets/compliance").param("size", "100").with(as("pet.volunteer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.items[*].dog.grid", Matchers.everyItem(Matchers.is(1))));
        mvc.perform(get("/api/v1/pets/compliance").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/pets/compliance").param("issue", "RABIES_OVERDUE").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"breaking\"")));
    }

    @Test
    void a_pet_volunteer_records_pets_and_visits_in_their_grid_only() throws Exception {
        Actor volunteer = new Actor(0, "pet.volunteer", "宠邻家志愿者", AOYUAN, null, false,
                Set.of(new RoleGrant(Role.VOLUNTEER, ScopeType.GRID, gridId(2))));
        Room inGrid = room(2);
        Room outside = room(5);
        String name = unique("花花");
        long id = handling.declare(volunteer, new PetInput(Species.CAT, name, null, null, null, false, null, null,
                null, null, inGrid.stairwell(), inGrid.room(), null));
        assertThat(handling.visible(volunteer, id).byVolunteer()).isTrue();
        assertThatThrownBy(() -> handling.declare(volunteer, new PetInput(Species.CAT, name, null, null, null, false,
                null, null, null, null, outside.stairwell(), outside.room(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("stairwell"));
        long visits = count("select count(*) from pet_stairwell_visit");
        assertThat(handling.visit(volunteer, inGrid.stairwell())).isPositive();
        assertThatThrownBy(() -> handling.visit(volunteer, outside.stairwell())).isInstanceOf(InvalidInput.class);
        assertThat(count("select count(*) from pet_stairwell_visit")).isEqualTo(visits + 1);
        mvc.perform(get("/api/v1/pets/census").param("building", "1").with(as("pet.volunteer")))
                .andExpect(status().isOk());
    }

    private long gridId(int number) {
        return jdbc.sql("select id from register_grid where community_id = 1 and number = ?").params(number)
                .query(Long.class).single();
    }

    private record Room(String stairwell, String room) {
    }

    /** A room of the grid where a household lives now. */
    private Room room(int grid) {
        return jdbc.sql("""
                select s.code, u.room from register_household h join register_unit u on u.id = h.unit_id
                join register_stairwell s on s.id = h.stairwell_id where s.community_id = 1 and s.grid_number = ?
                and h.dissolved_on is null
                order by h.id limit 1""").params(grid)
                .query((rs, n) -> new Room(rs.getString(1), rs.getString(2))).single();
    }

    @Test
    void the_convention_is_signed_once_per_household_and_a_pet_case_reaches_the_owners_page() throws Exception {
        mvc.perform(get("/api/v1/pets/convention").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.body", Matchers.containsString("牵绳")));
        Actor owner = residentIn(7, -1);
        long id = handling.declare(owner, new PetInput(Species.DOG, unique("大黄"), "中华田园犬", null,
                today().minusYears(4), false, "SJ20267777", today().plusMonths(2), today().minusMonths(1), null, null,
                null, null));
        Signature signed = handling.sign(owner);
        assertThat(signed.householdId()).isEqualTo(pets.get(AOYUAN, id).orElseThrow().householdId());
        assertThatThrownBy(() -> handling.sign(owner)).isInstanceOfSatisfying(
                org.gongzhi.shared.domain.Refused.class, e -> assertThat(e.code()).isEqualTo("pet.refused.signed"));
        mvc.perform(get("/api/v1/pets/convention/signatures").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.petHouseholdsSigned", Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/pets/convention/signatures").with(as("resident"))).andExpect(status().isForbidden());

        long caseId = handling.fileCase(STAFF, id, CaseCategory.PET_BARKING, "夜里持续吠叫");
        assertThat(count("select count(*) from work_order where id = ? and category = 'PET_BARKING'", caseId))
                .isEqualTo(1);
        assertThat(handling.household(owner).orElseThrow().cases()).extracting(PetCase::caseId).contains(caseId);
        assertThatThrownBy(() -> handling.fileCase(STAFF, id, CaseCategory.BROKEN_LIGHT, "灯坏了"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("category"));
        assertThatThrownBy(() -> handling.fileCase(owner, id, CaseCategory.PET_FOULING, "自己举报自己"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
