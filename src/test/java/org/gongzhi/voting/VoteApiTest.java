package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;

/** Votes through the API: set up by the owners' committee, ballots from the voter and from paper, 409s, the notice. */
class VoteApiTest extends IntegrationTest {

    @Autowired
    MessageSource messages;

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long ownersVoteInMyBuilding() throws Exception {
        long building = VoteFixtures.buildingOf(jdbc, VoteFixtures.accountResident(jdbc, "oc.member"));
        String json = send("oc.member", "/api/v1/votes", """
                {"kind":"OWNERS","title":"北区 %d 号楼外墙修缮","matterItem":5,"scopeKind":"BUILDINGS",
                 "scopeIds":[%d],"closesAt":"2099-12-05T18:00:00+08:00"}""".formatted(building, building))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.matterClass").value("ORDINARY"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void the_owners_committee_runs_an_owners_vote_and_publishes_its_notice() throws Exception {
        long id = ownersVoteInMyBuilding();
        send("oc.member", "/api/v1/votes/" + id + "/ballots", "{\"answer\":\"AGREE\"}")
                .andExpect(status().isConflict());
        send("oc.member", "/api/v1/votes/" + id + "/open", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"));

        send("oc.member", "/api/v1/votes/" + id + "/ballots", "{\"answer\":\"AGREE\"}")
                .andExpect(status().isCreated());
        send("oc.member", "/api/v1/votes/" + id + "/ballots", "{\"answer\":\"DISAGREE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.alreadyVoted"))
                .andExpect(jsonPath("$.title").value("Step not allowed"))
                .andExpect(jsonPath("$.detail").value("这位投票人已经投过票了，以第一次投票为准。"));
        long myElector = ((Number) JsonPath.read(mvc.perform(get("/api/v1/votes/" + id).with(as("oc.member")))
                .andReturn().getResponse().getContentAsString(), "$.myElectorId")).longValue();
        send("oc.member", "/api/v1/votes/" + id + "/ballots", """
                {"electorId":%d,"answer":"DISAGREE","channel":"PAPER","evidence":"表决票 第1号"}""".formatted(myElector))
                .andExpect(status().isConflict());
        long other = VoteFixtures.electors(jdbc, id).stream().filter(e -> e != myElector).findFirst().orElseThrow();
        send("oc.member", "/api/v1/votes/" + id + "/ballots", """
                {"electorId":%d,"answer":"AGREE","channel":"DOOR_TO_DOOR","evidence":"上门收票 第2号"}""".formatted(other))
                .andExpect(status().isCreated());
        send("resident", "/api/v1/votes/" + id + "/ballots", "{\"answer\":\"AGREE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.notEligible"));

        mvc.perform(get("/api/v1/votes/" + id + "/tally").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.participating.persons").value(2))
                .andExpect(jsonPath("$.lines", hasSize(4)));
        mvc.perform(get("/api/v1/votes/" + id + "/turnout").with(as("oc.member"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.buildings", hasSize(1)))
                .andExpect(jsonPath("$.buildings[0].votedPersons").value(2));
        mvc.perform(get("/api/v1/votes/" + id + "/turnout").with(as("resident"))).andExpect(status().isForbidden());

        VoteFixtures.passClosingTime(jdbc, id);
        send("oc.member", "/api/v1/votes/" + id + "/close", "").andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(get("/api/v1/votes/" + id + "/notice.pdf").with(as("resident"))).andExpect(status().isForbidden());
        send("oc.member", "/api/v1/votes/" + id + "/publish", "").andExpect(jsonPath("$.state").value("PUBLISHED"));
        byte[] pdf = mvc.perform(get("/api/v1/votes/" + id + "/notice.pdf").with(as("resident")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(render(pdf, "vote-notice-api")).isGreaterThan(1000);
        String tally = mvc.perform(get("/api/v1/votes/" + id + "/tally").with(as("resident")))
                .andReturn().getResponse().getContentAsString();
        String outcome = JsonPath.read(tally, "$.outcome");
        String shortfall = JsonPath.read(tally, "$.quorumShortfall");
        assertThat(shortfall).as("two ballots among a building's owners are short of both").isEqualTo("BOTH");
        long building = VoteFixtures.buildingOf(jdbc, VoteFixtures.accountResident(jdbc, "oc.member"));
        int number = jdbc.sql("select number from register_building where id = ?").param(building)
                .query(Integer.class).single();
        assertThat(text(pdf)).contains("北区" + building + "号楼外墙修缮",
                "表决范围：" + number + "号楼", "同意：2人", "不同意：0人", "弃权：0人",
                "表决结果：" + messages.getMessage("vote.outcome." + outcome + "." + shortfall, null,
                        Locale.SIMPLIFIED_CHINESE));
    }

    /** The notice's text as a reader extracts it, without the spaces and line breaks the layout puts in. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    @Test
    void a_zone_member_cannot_run_a_vote_in_the_other_zone_and_residents_cannot_set_up_votes() throws Exception {
        send("oc.member", "/api/v1/votes", """
                {"kind":"OWNERS","title":"南区 1 号楼","matterItem":5,"scopeKind":"BUILDINGS","scopeIds":[1],
                 "closesAt":"2099-12-05T18:00"}""")
                .andExpect(status().isForbidden());
        send("resident", "/api/v1/votes", """
                {"kind":"RESIDENTS","title":"活动","basis":"ADULT","choiceType":"AGREE_DISAGREE_ABSTAIN"}""")
                .andExpect(status().isForbidden());
        send("rc.staff", "/api/v1/votes", """
                {"kind":"RESIDENTS","title":"活动","basis":"ADULT","choiceType":"SINGLE","options":["只有一项"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("options")));
    }

    @Test
    void the_title_and_description_are_checked_as_fields_on_the_page_and_in_the_api_after_the_403() throws Exception {
        String blank = """
                {"kind":"RESIDENTS","title":" ","description":"%s","basis":"ADULT",
                 "choiceType":"AGREE_DISAGREE_ABSTAIN","closesAt":"2099-12-05T18:00"}""".formatted("长".repeat(2001));
        send("resident", "/api/v1/votes", blank).andExpect(status().isForbidden());
        send("rc.staff", "/api/v1/votes", blank).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[1].field").value("description"));
        send("rc.staff", "/api/v1/votes", """
                {"title":"%s","closesAt":"2099-12-05T18:00"}""".formatted("题".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("kind", "title")));
        mvc.perform(post("/votes/new").with(as("rc.staff")).with(csrf()).param("kind", "RESIDENTS")
                        .param("title", "").param("basis", "ADULT").param("choiceType", "AGREE_DISAGREE_ABSTAIN")
                        .param("scopeKind", "COMMUNITY").param("closesAt", "明天"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-title\"")))
                .andExpect(content().string(containsString("id=\"e-closesAt\"")));
    }

    /** Renders the first page into target/screenshots, to be looked at; returns the PNG's size. */
    static long render(byte[] pdf, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
            Path file = Paths.get("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return Files.size(file);
        }
    }
}
