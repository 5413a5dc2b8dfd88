package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.Pictures;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** 我的植物邻居: one child per plant even when families adopt at once, updates by the family only, names masked. */
class PlantNeighboursTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    PlantHandling plants;
    @Autowired
    Events events;
    @Autowired
    Clock clock;

    private record Family(Participant child, Participant guardian) {
    }

    /** Children of four to fifteen with an adult of the household, from households picked by their id mod 11. */
    private List<Family> families(int digit, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select c.id, c.name, c.household_id, c.birth_date from register_resident c
                where c.community_id = 1 and c.moved_out is null and c.birth_date <= ? and c.birth_date > ?
                and mod(c.household_id, 11) = ?
                and c.id = (select min(s.id) from register_resident s where s.household_id = c.household_id
                  and s.moved_out is null and s.birth_date > ?)
                and exists (select 1 from register_resident a where a.household_id = c.household_id
                  and a.birth_date < ? and a.moved_out is null)
                order by c.id desc limit ?""")
                .params(today.minusYears(4), today.minusYears(16), digit, today.minusYears(16), today.minusYears(25),
                        limit)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list().stream()
                .map(c -> new Family(c, events.household(AOYUAN, c.householdId()).stream()
                        .filter(p -> p.ageOn(today) >= 25).findFirst().orElseThrow())).toList();
    }

    private static Actor residentOf(Participant p) {
        return new Actor(0, "r" + p.residentId(), p.name(), AOYUAN, p.residentId(), false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    private long plant() {
        long garden = plants.addGarden(STAFF, "测试花园 " + UUID.randomUUID().toString().substring(0, 6), "测试地点",
                null);
        return plants.addPlant(STAFF, garden, "月季 " + UUID.randomUUID().toString().substring(0, 4), "月季");
    }

    private long activeAdoptions(long plantId) {
        return jdbc.sql("select count(*) from activity_plant_adoption where plant_id = ? and active_plant_id is not null")
                .params(plantId).query(Long.class).single();
    }

    @Test
    void ten_families_adopting_one_plant_at_once_leave_exactly_one_child_holding_it() throws Exception {
        long id = plant();
        List<Family> ten = families(1, 10);
        assertThat(ten).hasSize(10);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (Family f : ten) {
            tasks.add(() -> plants.adopt(residentOf(f.guardian()), id, f.child().residentId()) > 0);
        }
        List<Boolean> taken = Concurrently.steps(10, tasks);
        assertThat(taken.stream().filter(t -> t).count()).isEqualTo(1);
        assertThat(activeAdoptions(id)).isEqualTo(1);
        Plant plant = plants.anyone(id);
        Family winner = ten.get(taken.indexOf(true));
        assertThat(plant.childResidentId()).isEqualTo(winner.child().residentId());

        plants.release(residentOf(winner.guardian()), id);
        assertThat(activeAdoptions(id)).isZero();
        Family next = ten.get((taken.indexOf(true) + 1) % 10);
        plants.adopt(residentOf(next.guardian()), id, next.child().residentId());
        assertThat(plants.anyone(id).childResidentId()).as("free again for another child")
                .isEqualTo(next.child().residentId());
    }

    @Test
    void only_a_guardian_adopts_for_a_child_and_only_the_family_records_growth() {
        long id = plant();
        List<Family> two = families(2, 2);
        Family mine = two.get(0);
        Family other = two.get(1);
        assertThatThrownBy(() -> plants.adopt(residentOf(other.guardian()), id, mine.child().residentId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.notGuardian"));
        assertThatThrownBy(() -> plants.adopt(residentOf(mine.guardian()), id, mine.guardian().residentId()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("activity.invalid.plantForChildren"));
        assertThatThrownBy(() -> plants.adopt(residentOf(mine.child()), id, mine.child().residentId()))
                .as("a child adopts through a guardian").isInstanceOf(InvalidInput.class);
        assertThat(activeAdoptions(id)).isZero();

        plants.adopt(residentOf(mine.guardian()), id, mine.child().residentId());
        assertThatThrownBy(() -> plants.adopt(residentOf(other.guardian()), id, other.child().residentId()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo("activity.refused.plantTaken"));
        assertThatThrownBy(() -> plants.postUpdate(residentOf(other.guardian()), id, "长高了", null))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code())
                        .isEqualTo("activity.refused.notYourPlant"));
        assertThatThrownBy(() -> plants.postUpdate(residentOf(mine.guardian()), id, "  ", null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> plants.release(residentOf(other.guardian()), id)).isInstanceOf(Refused.class);
        long update = plants.postUpdate(residentOf(mine.guardian()), id, "长出两片新叶子", null);
        assertThat(plants.updates(id)).extracting(PlantUpdate::id).containsExactly(update);
        assertThat(plants.child(residentOf(mine.guardian()), mine.child().residentId()).updates())
                .extracting(PlantUpdate::note).containsExactly("长出两片新叶子");
        assertThatThrownBy(() -> plants.child(residentOf(other.guardian()), mine.child().residentId()))
                .as("another household does not see the child's page").isInstanceOf(NotFound.class);
    }

    @Test
    void the_public_page_masks_the_child_and_a_photo_is_served_re_encoded_without_its_metadata() throws Exception {
        long id = plant();
        Family family = families(3, 1).getFirst();
        plants.adopt(residentOf(family.guardian()), id, family.child().residentId());
        byte[] sent = withText(png(), "GPSLatitude", "31.0368N");
        assertThatThrownBy(() -> PhotoUpload.of("not a picture".getBytes(StandardCharsets.UTF_8), "photo"))
                .isInstanceOf(InvalidInput.class);
        long update = plants.postUpdate(residentOf(family.guardian()), id, "开花了", PhotoUpload.of(sent, "photo"));

        String page = mvc.perform(get("/plants/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("开花了", org.gongzhi.shared.pii.Masking.name(family.child().name()))
                .doesNotContain(family.child().name()).doesNotContain("update-form");
        byte[] served = mvc.perform(get("/plants/" + id + "/updates/" + update + "/photo"))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andReturn().getResponse()
                .getContentAsByteArray();
        Pictures.assertSamePicture(served, sent, true);
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
        mvc.perform(get("/api/v1/plants/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.adoptedBy").value(org.gongzhi.shared.pii.Masking.name(family.child().name())));
        mvc.perform(get("/plants/children/" + family.child().residentId())).andExpect(status().is3xxRedirection());
    }

    @Test
    void the_api_takes_a_growth_update_with_a_photo_from_the_family_only() throws Exception {
        long id = plant();
        java.util.Map<String, Object> family = jdbc.sql("""
                select a.username, c.id as child_id from identity_account a
                join register_resident g on g.id = a.resident_id
                join register_resident c on c.household_id = g.household_id and c.moved_out is null
                where a.username <> 'resident' and g.birth_date < ? and c.birth_date > ?
                order by a.username desc, c.id limit 1""")
                .params(LocalDate.now(clock).minusYears(25), LocalDate.now(clock).minusYears(18)).query().singleRow();
        String username = (String) family.get("username");
        Object child = family.get("child_id");
        Family stranger = families(4, 1).getFirst();
        assertThat(stranger.child().residentId()).isNotEqualTo(((Number) child).longValue());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/plants/" + id + "/adoptions").with(as(username)).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"childId\":" + child + "}"))
                .andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/plants/" + id + "/adoptions").with(as(username)).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"childId\":" + stranger.child().residentId() + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/plants/" + id + "/updates").file(new MockMultipartFile("photo", "p.png",
                "image/png", png())).param("note", "浇水").with(as("resident")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/api/v1/plants/" + id + "/updates").file(new MockMultipartFile("photo", "p.png",
                "image/png", png())).param("note", "浇水").with(as(username)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.photoUrl").isString());
        mvc.perform(multipart("/api/v1/plants/" + id + "/updates").param("note", "浇水").with(as("rc.staff"))
                .with(csrf())).andExpect(status().isCreated());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(46, 125, 50));
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.PINK);
        g.fillOval(10, 5, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk (keyword, text) before its end, as a phone's location tag would be. */
    private static byte[] withText(byte[] png, String keyword, String text) {
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int end = png.length - 12;
        ByteBuffer all = ByteBuffer.allocate(png.length + chunk.capacity());
        all.put(png, 0, end).put(chunk.array()).put(png, end, 12);
        assertThat(new String(all.array(), StandardCharsets.ISO_8859_1)).contains(keyword);
        return all.array();
    }
}
