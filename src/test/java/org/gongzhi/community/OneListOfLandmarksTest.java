package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;

/** The 随手拍 form and the proposal form offer the same public places, named alike: the register's one list. */
class OneListOfLandmarksTest extends IntegrationTest {

    private static final Pattern OPTION = Pattern.compile(
            "<option value=\"(?:LANDMARK:)?([A-Z_]+)\"[^>]*>([^<]+)</option>");

    private List<String> landmarkOptions(String page, String select) throws Exception {
        String html = mvc.perform(get(page).with(as("resident"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int start = html.indexOf("id=\"" + select + "\"");
        String options = html.substring(start, html.indexOf("</select>", start));
        Matcher m = OPTION.matcher(options);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "=" + m.group(2));
        }
        return found;
    }

    @Test
    void the_report_form_and_the_proposal_form_offer_the_same_landmarks_south_gate_included() throws Exception {
        List<String> report = landmarkOptions("/report", "f-landmark");
        List<String> proposal = landmarkOptions("/proposals/new", "f-landmark");
        assertThat(report).contains("SOUTH_GATE=南门", "SWAN_LAKE=天鹅湖").isEqualTo(proposal);
        assertThat(Landmark.values()).hasSize(report.size());
    }

    @Test
    void a_resident_reports_a_problem_at_the_south_gate() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"category":"LITTER","description":"南门外垃圾堆积","placeKind":"LANDMARK",
                                 "landmark":"SOUTH_GATE"}"""))
                .andExpect(status().isCreated());
    }
}
