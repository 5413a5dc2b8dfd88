package org.gongzhi.deliberation.proposal;

import static org.gongzhi.Pictures.samePictureAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.files.PhotoUpload;

/** Photos on proposals: the author adds them while the proposal is young, everyone who sees it sees them. */
class ProposalPhotoTest extends IntegrationTest {

    /** A tiny real JPEG, so that pages showing it in other tests' screenshots show a picture. */
    private static final byte[] JPEG = jpeg();
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static byte[] png() {
        return org.gongzhi.cases.CaseFixtures.png();
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 90, 170));
        g.fillRect(0, 0, 32, 24);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long raise(boolean draft) throws Exception {
        String title = "楼道口积水 " + UUID.randomUUID().toString().substring(0, 6);
        String json = mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"下雨就积水","category":"OTHER","place":"COMMUNITY",
                                "draft":%s}""".formatted(title, draft)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions addPhoto(String username, long id, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/proposals/" + id + "/photos")
                .file(new MockMultipartFile("photo", "photo.bin", "image/png", bytes))
                .with(as(username)).with(csrf()));
    }

    private long photoId(ResultActions added) throws Exception {
        return ((Number) JsonPath.read(added.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void theAuthorAddsListsServesAndRemovesPhotos() throws Exception {
        long id = raise(true);
        long first = photoId(addPhoto("resident", id, png()).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/proposals/" + id + "/photos/")))
                .andExpect(jsonPath("$.url").value(containsString("/proposals/" + id + "/photos/"))));
        long second = photoId(addPhoto("resident", id, JPEG).andExpect(status().isCreated()));

        mvc.perform(get("/api/v1/proposals/" + id).with(as("resident")))
                .andExpect(jsonPath("$.photos", hasSize(2)))
                .andExpect(jsonPath("$.photos[0].id").value(first))
                .andExpect(jsonPath("$.photos[0].url").value("/proposals/" + id + "/photos/" + first))
                .andExpect(jsonPath("$.photos[1].id").value(second));

        byte[] served = mvc.perform(get("/proposals/" + id + "/photos/" + first).with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andReturn().getResponse().getContentAsByteArray();
        org.gongzhi.Pictures.assertSamePicture(served, png(), true);
        mvc.perform(get("/api/v1/proposals/" + id + "/photos/" + second).with(as("resident")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
                .andExpect(samePictureAs(JPEG, false));

        mvc.perform(delete("/api/v1/proposals/" + id + "/photos/" + first).with(as("resident")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/proposals/" + id).with(as("resident")))
                .andExpect(jsonPath("$.photos", hasSize(1)))
                .andExpect(jsonPath("$.photos[0].id").value(second));
        mvc.perform(get("/proposals/" + id + "/photos/" + first).with(as("resident")))
                .andExpect(status().isNotFound());
        assertThat(audited(id, "PROPOSAL_PHOTO_ADDED")).isEqualTo(2);
        assertThat(audited(id, "PROPOSAL_PHOTO_REMOVED")).isEqualTo(1);
    }

    @Test
    void aProposalHasAtMostFourPhotos() throws Exception {
        long id = raise(false);
        for (int i = 0; i < ProposalPhotoHandling.MAX_PHOTOS; i++) {
            addPhoto("resident", id, png()).andExpect(status().isCreated());
        }
        addPhoto("resident", id, png()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("photo")));
        assertThat(photoCount(id)).isEqualTo(ProposalPhotoHandling.MAX_PHOTOS);
    }

    @Test
    void uploadsAtTheSameMomentDoNotPassTheCapTogether() throws Exception {
        long id = raise(false);
        List<Integer> statuses = Concurrently.times(6,
                () -> addPhoto("resident", id, png()).andReturn().getResponse().getStatus());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(ProposalPhotoHandling.MAX_PHOTOS);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 400 || s == 409);
        assertThat(photoCount(id)).isEqualTo(ProposalPhotoHandling.MAX_PHOTOS);
    }

    @Test
    void wrongKindsAndOversizedPhotosAreRefusedNamingTheField() throws Exception {
        long id = raise(true);
        addPhoto("resident", id, "not a picture at all".getBytes()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"photo\"")));
        byte[] tooBig = Arrays.copyOf(PNG_MAGIC, (int) PhotoUpload.MAX_BYTES + 1);
        addPhoto("resident", id, tooBig).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"photo\"")));
        assertThat(photoCount(id)).isZero();
    }

    @Test
    void onlyTheAuthorAddsAndADraftsPhotosAreTheAuthorsAlone() throws Exception {
        long draft = raise(true);
        long photo = photoId(addPhoto("resident", draft, png()).andExpect(status().isCreated()));
        mvc.perform(get("/proposals/" + draft + "/photos/" + photo).with(as("oc.member")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proposals/" + draft + "/photos/" + photo).with(as("rc.staff")))
                .andExpect(status().isNotFound());
        addPhoto("oc.member", draft, png()).andExpect(status().isNotFound());

        long submitted = raise(false);
        long shown = photoId(addPhoto("resident", submitted, png()).andExpect(status().isCreated()));
        addPhoto("oc.member", submitted, png()).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/" + submitted + "/photos/" + shown).with(as("oc.member")))
                .andExpect(status().isOk());
        // a photo is served only under its own proposal
        mvc.perform(get("/proposals/" + submitted + "/photos/" + photo).with(as("resident")))
                .andExpect(status().isNotFound());
        // once submitted, a photo stays
        mvc.perform(delete("/api/v1/proposals/" + submitted + "/photos/" + shown).with(as("resident"))
                .with(csrf())).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/proposals/" + draft + "/photos/" + photo).with(as("oc.member"))
                .with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void noPhotoIsAddedOnceTheProposalIsOnTheAgenda() throws Exception {
        long id = raise(false);
        mvc.perform(post("/api/v1/proposals/" + id + "/triage").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"PUT_ON_AGENDA\",\"meeting\":\"12月5日 居委会\"}"))
                .andExpect(status().isOk());
        addPhoto("resident", id, png()).andExpect(status().isConflict());
        assertThat(photoCount(id)).isZero();
    }

    @Test
    void raisingOnThePageKeepsThePhotoAndABadPhotoKeepsTheForm() throws Exception {
        String title = "单元门口路灯坏了 " + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(multipart("/proposals/new")
                        .file(new MockMultipartFile("photos", "lamp.png", "image/png", png()))
                        .param("title", title).param("description", "晚上看不见台阶").param("category", "FACILITIES")
                        .param("placeKind", "COMMUNITY").param("step", "draft")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/proposals/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/proposals/".length()));
        assertThat(photoCount(id)).isEqualTo(1);
        mvc.perform(get("/proposals/" + id).with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("loading=\"lazy\"")))
                .andExpect(content().string(containsString("alt=\"议题照片 1\"")));

        String other = "单元门口台阶破损 " + UUID.randomUUID().toString().substring(0, 6);
        long before = proposalsTitled(other);
        mvc.perform(multipart("/proposals/new")
                        .file(new MockMultipartFile("photos", "doc.png", "image/png", "%PDF-1.4".getBytes()))
                        .param("title", other).param("description", "第一行\n第二行").param("category", "FACILITIES")
                        .param("placeKind", "COMMUNITY").param("step", "submit")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("problems"))
                .andExpect(content().string(containsString("id=\"e-photos\"")))
                .andExpect(content().string(containsString("value=\"" + other + "\"")))
                .andExpect(content().string(containsString("第一行\n第二行</textarea>")))
                .andExpect(content().string(not(containsString("id=\"similar\""))));
        assertThat(proposalsTitled(other)).isEqualTo(before);
    }

    @Test
    void photosChosenBeforeSimilarProposalsAreShownAreKeptWithADraft() throws Exception {
        String title = "天鹅湖的水有点发臭 " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(multipart("/proposals/new")
                        .file(new MockMultipartFile("photos", "lake.png", "image/png", png()))
                        .param("title", title).param("description", "湖水变浑了").param("category", "ENVIRONMENT")
                        .param("placeKind", "LANDMARK").param("landmark", "SWAN_LAKE").param("step", "next")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"similar\"")))
                .andExpect(content().string(containsString("id=\"photos-kept\"")));
        long draft = jdbc.sql("select id from proposal where title = ? and state = 'DRAFT'").param(title)
                .query(Long.class).single();
        assertThat(photoCount(draft)).isEqualTo(1);
        // "submit anyway" carries the draft on: one proposal, its photo with it
        mvc.perform(post("/proposals/new").param("draftId", String.valueOf(draft)).param("title", title)
                        .param("description", "湖水变浑了").param("category", "ENVIRONMENT").param("placeKind", "LANDMARK")
                        .param("landmark", "SWAN_LAKE").param("step", "submit").with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(proposalsTitled(title)).isEqualTo(1);
        assertThat(photoCount(draft)).isEqualTo(1);
        mvc.perform(get("/proposals/" + draft + "/photos/" + jdbc.sql(
                        "select id from proposal_photo where proposal_id = ?").param(draft).query(Long.class).single())
                        .with(as("oc.member")))
                .andExpect(status().isOk());
    }

    @Test
    void onTheProposalPageTheAuthorAddsPhotosAndRemovesThemFromADraft() throws Exception {
        long id = raise(true);
        mvc.perform(multipart("/proposals/" + id + "/photos")
                        .file(new MockMultipartFile("photos", "a.png", "image/png", png()))
                        .file(new MockMultipartFile("photos", "b.jpg", "image/jpeg", JPEG))
                        .with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash()
                        .attribute("flash", "proposal.done.PHOTO_ADDED"));
        assertThat(photoCount(id)).isEqualTo(2);
        long first = jdbc.sql("select min(id) from proposal_photo where proposal_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(get("/proposals/" + id).with(as("resident")))
                .andExpect(content().string(containsString("alt=\"议题照片 2\"")))
                .andExpect(content().string(containsString("/photos/" + first + "/remove")));
        mvc.perform(post("/proposals/" + id + "/photos/" + first + "/remove").with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(photoCount(id)).isEqualTo(1);

        // submitted: the author may still add, nobody removes, neighbours only look
        mvc.perform(post("/proposals/" + id + "/submit").with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/proposals/" + id).with(as("resident")))
                .andExpect(content().string(containsString("name=\"photos\"")))
                .andExpect(content().string(not(containsString("/remove\""))));
        mvc.perform(get("/proposals/" + id).with(as("oc.member")))
                .andExpect(content().string(containsString("alt=\"议题照片 1\"")))
                .andExpect(content().string(not(containsString("name=\"photos\""))));
        mvc.perform(get("/proposals/" + id).with(as("resident")).cookie(new Cookie("gz_lang", "en")))
                .andExpect(content().string(containsString("alt=\"Proposal photo 1\"")))
                .andExpect(content().string(containsString("Take a photo on the spot or choose from your gallery")))
                .andExpect(content().string(not(containsString("??"))));
        long left = jdbc.sql("select id from proposal_photo where proposal_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(get("/proposals").with(as("oc.member")))
                .andExpect(content().string(containsString("class=\"list-thumb\" src=\"/proposals/" + id
                        + "/photos/" + left + "\"")));
    }

    @Test
    void editingADraftShowsThePhotosItAlreadyHas() throws Exception {
        long id = raise(true);
        mvc.perform(get("/proposals/" + id + "/edit").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"existing-photos\""))));
        String url = JsonPath.read(addPhoto("resident", id, png()).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.url");

        mvc.perform(get("/proposals/" + id + "/edit").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"existing-photos\"")))
                .andExpect(content().string(containsString("src=\"" + url + "\"")))
                .andExpect(content().string(containsString("已有 1 张照片")));
    }

    @Test
    void tooManyPhotosOnThePageLeaveNothingHalfDone() throws Exception {
        String title = "健身器材松动 " + UUID.randomUUID().toString().substring(0, 6);
        var request = multipart("/proposals/new");
        for (int i = 0; i <= ProposalPhotoHandling.MAX_PHOTOS; i++) {
            request.file(new MockMultipartFile("photos", "p" + i + ".png", "image/png", png()));
        }
        mvc.perform(request.param("title", title).param("description", "螺丝松了").param("category", "FACILITIES")
                        .param("placeKind", "COMMUNITY").param("step", "submit").with(as("resident")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-photos\"")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(proposalsTitled(title)).isZero();
    }

    private long photoCount(long proposalId) {
        return jdbc.sql("select count(*) from proposal_photo where proposal_id = ?").param(proposalId)
                .query(Long.class).single();
    }

    private long proposalsTitled(String title) {
        return jdbc.sql("select count(*) from proposal where title = ?").param(title).query(Long.class).single();
    }

    private long audited(long proposalId, String action) {
        return jdbc.sql("select count(*) from audit_event where subject_type = 'proposal' and subject_id = ? and action = ?")
                .params(proposalId, action).query(Long.class).single();
    }
}
