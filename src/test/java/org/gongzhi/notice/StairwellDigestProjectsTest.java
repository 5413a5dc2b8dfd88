package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Landmark;

/**
 * Issue 12: a stairwell's digest lists the micro-renewal projects that concern it - those of its building, of itself,
 * of the public places its grid looks after and of the whole community - with their progress, in the PDF and in
 * {@code GET /api/v1/notices/digest}, which only those who may print the digest read.
 */
class StairwellDigestProjectsTest extends IntegrationTest {

    private record Project(long id, String title, String kind, String code, int percent) {
    }

    private record Door(String code, int building, int grid) {
    }

    private List<Door> doors() {
        return jdbc.sql("select code, building_number, grid_number from register_stairwell where community_id = 1")
                .query((rs, n) -> new Door(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    private boolean concerns(Project p, Door d) {
        return switch (p.kind()) {
            case "STAIRWELL" -> p.code().equals(d.code());
            case "BUILDING" -> p.code().equals(String.valueOf(d.building()));
            case "LANDMARK" -> Landmark.valueOf(p.code()).gridNumber() == d.grid();
            default -> true;
        };
    }

    private List<Long> projectsIn(String stairwell) throws Exception {
        String json = mvc.perform(get("/api/v1/notices/digest").param("stairwell", stairwell).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stairwell").value(stairwell))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<List<Number>>read(json, "$.projects[*].id").stream().map(Number::longValue).toList();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void a_project_at_a_place_is_in_the_digest_of_the_stairwells_it_concerns_only() throws Exception {
        List<Project> placed = jdbc.sql("""
                select r.id, r.title, p.place_kind, p.place_code, r.percent_done from renewal_project r
                join proposal p on p.id = r.proposal_id
                where r.community_id = 1 and r.state <> 'COMPLETED' and p.place_kind <> 'COMMUNITY'
                order by r.id""")
                .query((rs, n) -> new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5))).list();
        assertThat(placed).as("the demo has projects at a place").isNotEmpty();
        Project project = placed.getFirst();
        List<Door> doors = doors();
        Door there = doors.stream().filter(d -> concerns(project, d)).findFirst().orElseThrow();
        Door elsewhere = doors.stream().filter(d -> !concerns(project, d)).findFirst().orElseThrow();

        assertThat(projectsIn(there.code())).contains(project.id());
        assertThat(projectsIn(elsewhere.code())).doesNotContain(project.id());
        // every project listed concerns the stairwell, by the same rule
        for (Project p : placed) {
            assertThat(projectsIn(there.code()).contains(p.id())).as(p.toString()).isEqualTo(concerns(p, there));
        }
        mvc.perform(get("/api/v1/notices/digest").param("stairwell", there.code()).with(as("rc.staff")))
                .andExpect(jsonPath("$.projects[?(@.id == " + project.id() + ")].percentDone")
                        .value(project.percent()));

        String pdf = text(mvc.perform(get("/notices/digest").param("stairwell", there.code()).with(as("rc.staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(pdf).contains("与本楼道有关的微更新项目").contains(project.title());
    }

    @Test
    void the_digest_api_is_read_only_by_those_who_print_the_digest_and_a_bad_month_names_the_field() throws Exception {
        String code = jdbc.sql("select min(code) from register_stairwell where community_id = 1")
                .query(String.class).single();
        mvc.perform(get("/api/v1/notices/digest").param("stairwell", code).with(as("resident")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/digest").param("stairwell", "NO-SUCH-1").with(as("rc.staff")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/digest").param("stairwell", code).param("month", "2026-13")
                        .with(as("rc.staff")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(get("/api/v1/notices/digest").param("stairwell", code).param("month", "2026-11")
                        .with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.month").value("2026-11"));
    }
}
