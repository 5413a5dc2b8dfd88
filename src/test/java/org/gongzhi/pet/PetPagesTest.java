package org.gongzhi.pet;

import static org.gongzhi.Pictures.samePictureAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.IntegrationTest;

/** The 宠邻家 pages for each role: what they show, and a form that names the broken field and keeps nothing. */
class PetPagesTest extends IntegrationTest {

    private long demoDog(String name) {
        return jdbc.sql("select id from pet where name = ?").params(name).query(Long.class).single();
    }

    @Test
    void a_resident_declares_a_dog_through_the_form_and_a_wrong_licence_number_is_named_beside_its_field()
            throws Exception {
        mvc.perform(get("/pets/new").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"f-licenceNumber\"")));
        String name = "可乐" + UUID.randomUUID().toString().substring(0, 6);
        long before = jdbc.sql("select count(*) from pet").query(Long.class).single();
        mvc.perform(post("/pets/new").with(as("resident")).with(csrf()).param("species", "DOG").param("name", name)
                        .param("licenceNumber", "犬证123").param("birthDate", "2024-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"e-licenceNumber\"")));
        assertThat(jdbc.sql("select count(*) from pet").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/pets/new").with(as("resident")).with(csrf()).param("species", "DOG").param("name", name)
                        .param("licenceNumber", "SJ20260042").param("licenceExpiresOn", "2027-06-01")
                        .param("birthDate", "2024-02-01").param("rabiesVaccinatedOn", "2026-06-01"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/pets/*"))
                .andExpect(flash().attribute("flash", "pet.done.declared"));
        long id = demoDog(name);
        mvc.perform(post("/pets/new").with(as("resident")).with(csrf()).param("species", "CAT")
                        .param("name", name).param("breed", "").param("licenceNumber", "").param("birthDate", "")
                        .param("rabiesVaccinatedOn", "").param("stairwell", "").param("room", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "pet.done.declared"));
        mvc.perform(get("/pets/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SJ20260042")))
                .andExpect(content().string(Matchers.containsString("id=\"status-form\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"case-form\""))));
        mvc.perform(get("/pets/" + id + "/edit").with(as("resident"))).andExpect(status().isOk());
        mvc.perform(post("/pets/" + id + "/status").with(as("resident")).with(csrf()).param("status", "MOVED_AWAY")
                .param("on", "2099-01-01")).andExpect(flash().attributeExists("problems"));
        assertThat(jdbc.sql("select status from pet where id = ?").params(id).query(String.class).single())
                .isEqualTo("LIVING");
    }

    @Test
    void a_pet_of_unknown_birthday_is_recorded_with_an_estimated_age_and_shown_as_estimated() throws Exception {
        String name = "老黄" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/pets/new").with(as("resident")).with(csrf()).param("species", "CAT").param("name", name)
                        .param("estimatedAge", "5").param("birthDate", ""))
                .andExpect(status().is3xxRedirection());
        long id = demoDog(name);
        mvc.perform(get("/pets/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("（估计）")));
        mvc.perform(get("/pets/" + id + "/edit").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"5\"")));
    }

    @Test
    void the_owner_uploads_a_photo_others_get_404_and_a_file_that_is_no_photo_is_named() throws Exception {
        String name = "照片" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/pets/new").with(as("resident")).with(csrf()).param("species", "CAT").param("name", name))
                .andExpect(status().is3xxRedirection());
        long id = demoDog(name);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        mvc.perform(multipart("/api/v1/pets/" + id + "/photo").file(new MockMultipartFile("photo", "a.txt",
                        "image/png", "not a photo".getBytes())).with(as("resident")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
        mvc.perform(multipart("/api/v1/pets/" + id + "/photo").file(new MockMultipartFile("photo", "cat.png",
                        "image/png", png.toByteArray())).with(as("oc.member")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/pets/" + id + "/photo").file(new MockMultipartFile("photo", "cat.png",
                        "image/png", png.toByteArray())).with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/pets/" + id + "/photo").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(samePictureAs(png.toByteArray(), true));
        mvc.perform(get("/pets/" + id + "/photo").with(as("oc.member"))).andExpect(status().isNotFound());
        mvc.perform(get("/pets/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"pet-photo\"")));
    }

    @Test
    void every_page_renders_for_the_roles_that_may_see_it() throws Exception {
        mvc.perform(get("/pets").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"declare-pet\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"census-link\""))));
        mvc.perform(get("/pets").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"census-link\"")));
        mvc.perform(get("/pets/rules").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"convention\"")));
        mvc.perform(get("/pets/rules").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"signatures\"")))
                .andExpect(content().string(Matchers.containsString("藏獒")));
        mvc.perform(get("/pets/stats").with(as("oc.member"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"compliance\"")));
        mvc.perform(get("/pets/census").with(as("pet.volunteer"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"coverage\"")));
        mvc.perform(get("/pets/due").with(as("pet.volunteer"))).andExpect(status().isOk());
        mvc.perform(get("/pets/census").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/pets/due").with(as("resident"))).andExpect(status().isForbidden());
        long mastiff = demoDog("黑虎");
        mvc.perform(get("/pets/" + mastiff).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"pet-findings\"")))
                .andExpect(content().string(Matchers.containsString("id=\"case-form\"")));
    }

    @Test
    void a_staff_member_publishes_a_convention_and_a_resident_signs_it_once() throws Exception {
        String resident = ownResidentAccount("convention.own", 1);
        mvc.perform(post("/pets/rules").with(as(resident)).with(csrf()).param("title", "假公约").param("body", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pets/rules").with(as("rc.staff")).with(csrf()).param("title", "")
                .param("body", "x")).andExpect(flash().attributeExists("problems"));
        mvc.perform(post("/pets/rules").with(as("rc.staff")).with(csrf()).param("title", "文明养宠公约（修订）")
                .param("body", "一、遛狗牵绳\n二、随手清理")).andExpect(flash().attribute("flash", "pet.done.published"));
        mvc.perform(post("/pets/rules/sign").with(as(resident)).with(csrf()))
                .andExpect(flash().attribute("flash", "pet.done.signed"));
        mvc.perform(post("/pets/rules/sign").with(as(resident)).with(csrf()))
                .andExpect(flash().attributeExists("refusal"));
        mvc.perform(get("/pets/rules").with(as(resident))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"signed\"")))
                .andExpect(content().string(Matchers.containsString("随手清理")));
    }
}
