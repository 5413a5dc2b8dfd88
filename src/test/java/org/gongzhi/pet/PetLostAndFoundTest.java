package org.gongzhi.pet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** The lost-and-found board: a lost dog is posted, found by a neighbour, and "reunited" closes both. */
class PetLostAndFoundTest extends IntegrationTest {

    private static final long AOYUAN = 1;

    @Autowired
    LostAndFoundHandling board;
    @Autowired
    PetHandling handling;
    @Autowired
    Pets pets;
    @Autowired
    java.time.Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private Actor resident(int offset) {
        return jdbc.sql("""
                select r.id, r.name from register_resident r join register_household h on h.id = r.household_id
                where r.moved_out is null and h.dissolved_on is null order by r.id limit 1 offset ?""").params(offset)
                .query((rs, n) -> new Actor(0, "r" + rs.getLong(1), rs.getString(2), AOYUAN, rs.getLong(1), false,
                        Set.of(RoleGrant.communityWide(Role.RESIDENT)))).single();
    }

    private String petStatus(long pet) {
        return jdbc.sql("select status from pet where id = ?").params(pet).query(String.class).single();
    }

    @Test
    void a_lost_dog_is_posted_found_by_a_neighbour_and_reunited_which_closes_both_and_brings_it_home() {
        Actor owner = resident(1200);
        Actor neighbour = resident(2400);
        long dog = handling.declare(owner, new PetInput(Species.DOG, "阿黄" + UUID.randomUUID().toString()
                .substring(0, 4), "中华田园犬", null, today().minusYears(3), false, "SJ20261111",
                today().plusMonths(5), today().minusMonths(2), null, null, null, null));
        long lost = board.post(owner, new NoticeInput(NoticeKind.LOST, Species.DOG, dog, "黄色土狗，戴蓝色项圈",
                "天鹅湖", today()));
        assertThat(petStatus(dog)).isEqualTo("LOST");
        long found = board.post(neighbour, new NoticeInput(NoticeKind.FOUND, Species.DOG, null, "黄狗在车库",
                "地下车库", today()));

        assertThatThrownBy(() -> board.reunite(neighbour, lost, found)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.reunite(owner, lost, lost)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("with"));
        board.reunite(owner, lost, found);
        assertThat(board.visible(owner, lost).reunited()).isTrue();
        assertThat(board.visible(owner, found).reunited()).isTrue();
        assertThat(board.visible(owner, found).reunitedWith()).isEqualTo(lost);
        assertThat(petStatus(dog)).isEqualTo("LIVING");
        assertThat(board.open(owner, null, 0, 100).items()).extracting(PetNotice::id).doesNotContain(lost, found);
        assertThatThrownBy(() -> board.reunite(owner, lost, null)).isInstanceOf(Refused.class);
    }

    @Test
    void a_lost_notice_names_only_the_households_own_pet_and_nothing_seen_tomorrow() {
        Actor owner = resident(1300);
        Actor stranger = resident(2500);
        long cat = handling.declare(owner, new PetInput(Species.CAT, "咪" + UUID.randomUUID().toString()
                .substring(0, 4), null, null, null, false, null, null, null, null, null, null, null));
        long before = jdbc.sql("select count(*) from pet_notice").query(Long.class).single();
        assertThatThrownBy(() -> board.post(stranger, new NoticeInput(NoticeKind.LOST, Species.CAT, cat, "橘猫",
                "楼道", today()))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("petId"));
        assertThatThrownBy(() -> board.post(owner, new NoticeInput(NoticeKind.LOST, Species.DOG, cat, "橘猫",
                "楼道", today()))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("species"));
        assertThatThrownBy(() -> board.post(owner, new NoticeInput(NoticeKind.LOST, Species.CAT, cat, "橘猫",
                "楼道", today().plusDays(1)))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("seenOn"));
        assertThat(jdbc.sql("select count(*) from pet_notice").query(Long.class).single()).isEqualTo(before);
        assertThat(petStatus(cat)).isEqualTo("LIVING");
    }

    @Test
    void the_api_and_the_page_show_the_demo_board_and_name_broken_fields() throws Exception {
        mvc.perform(get("/api/v1/pets/notices").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.kind == 'LOST')]").exists())
                .andExpect(jsonPath("$.items[?(@.kind == 'FOUND')]").exists())
                .andExpect(jsonPath("$.items[*].reunited", Matchers.everyItem(Matchers.is(false))));
        mvc.perform(post("/api/v1/pets/notices").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"FOUND\",\"species\":\"CAT\",\"description\":\" \",\"place\":\"南门\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'seenOn')]").exists());
        mvc.perform(post("/api/v1/pets/notices").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"FOUND","species":"CAT","description":"白猫","place":"南门",
                                 "seenOn":"%s"}""".formatted(today())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stairwell").isNotEmpty());
        mvc.perform(get("/api/v1/pets/notices/999999").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/pets/lost").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("天鹅湖北岸步道")))
                .andExpect(content().string(Matchers.containsString("id=\"notice-form\"")));
    }

    @Test
    void a_notice_carries_a_photo_only_its_household_or_staff_put_there_and_a_non_photo_is_named() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        long id = board.post(resident(3), new NoticeInput(NoticeKind.FOUND, Species.CAT, null, "橘猫，很亲人",
                "5号楼车棚", today()), null);
        org.springframework.mock.web.MockMultipartFile photo = new org.springframework.mock.web.MockMultipartFile(
                "photo", "cat.png", "image/png", png.toByteArray());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/pets/notices/" + id + "/photo").file(photo).with(as("resident"))
                .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/pets/notices/" + id + "/photo").file(new org.springframework.mock.web.MockMultipartFile(
                        "photo", "cat.txt", "text/plain", "not a photo".getBytes())).with(as("rc.staff"))
                .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field")
                        .value("photo"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/pets/notices/" + id + "/photo").file(photo).with(as("rc.staff"))
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasPhoto")
                        .value(true));
        byte[] read = mvc.perform(get("/pets/lost/" + id + "/photo").with(as("resident")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(png.toByteArray());
        mvc.perform(get("/pets/lost/999999/photo").with(as("resident")))
                .andExpect(status().isNotFound());
    }
}
