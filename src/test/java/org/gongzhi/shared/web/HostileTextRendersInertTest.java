package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;

/**
 * Hostile text typed into a case report, a proposal and a comment is shown as the text it is, in a real browser:
 * no script runs, no dialog opens, no element the text describes appears, and a template expression stays text.
 */
class HostileTextRendersInertTest extends BrowserTest {

    /** Each payload, if it ran, would set window.__xss (or open a dialog). */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "\"><img src=x onerror=\"window.__xss=2;alert(2)\">",
            "'><svg onload=\"window.__xss=3;alert(3)\">",
            "<a id=\"xss-link\" href=\"javascript:window.__xss=4;alert(4)\">点我查看详情</a>",
            "<svg><script>window.__xss=5</script></svg>",
            "<iframe srcdoc=\"<script>parent.__xss=6</script>\"></iframe>",
            "</textarea></title><script>window.__xss=7</script>",
            "<details open ontoggle=\"window.__xss=8\">展开</details>",
            "<img src=\"x\" onerror=\"window['__x'+'ss']=9\">",
            "javascript:window.__xss=10",
            "<body onload=\"window.__xss=11\">",
            "[[${7*7}]] [(${T(java.lang.Runtime)})] {{7*7}}",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=13\">",
            "<input autofocus onfocus=\"window.__xss=14\">");

    private final List<String> dialogs = new ArrayList<>();

    @Test
    void hostile_text_in_cases_proposals_and_comments_shows_as_text_and_runs_nothing() throws Exception {
        String all = String.join("\n", PAYLOADS);
        long report = id(send("resident", "/api/v1/cases", "{\"category\":\"OTHER\",\"description\":" + json(all)
                + ",\"placeKind\":\"LANDMARK\",\"landmark\":\"SWAN_LAKE\"}"));
        long discussed = proposal("恶意文字测试 " + report, all);
        for (String payload : PAYLOADS) {
            proposal(payload.length() <= 60 ? payload : payload.substring(0, 60), payload);
            send("oc.member", "/api/v1/proposals/" + discussed + "/comments",
                    "{\"stance\":\"FOR\",\"body\":" + json(payload) + "}");
        }

        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn("resident");
        int checked = 0;
        open("/cases/" + report);
        checked += assertInert(PAYLOADS);
        open("/proposals/" + discussed);
        checked += assertInert(PAYLOADS);
        screenshot("hostile-text-in-comments");
        open("/proposals");
        checked += assertInert(PAYLOADS.stream().filter(p -> p.length() <= 60).toList());
        for (String path : List.of("/my/cases", "/cases")) {
            open(path);
            checked += assertInert(List.of());
        }
        assertThat(checked).isEqualTo(5);
    }

    /** Nothing ran, no element from the text exists, and each given text is on the page word for word. */
    private int assertInert(List<String> shown) {
        page.waitForLoadState();
        assertThat(dialogs).as(page.url()).isEmpty();
        assertThat(page.evaluate("() => window.__xss === undefined && window.__x === undefined"))
                .as(page.url()).isEqualTo(true);
        assertThat(page.locator("#xss-link, main iframe, main svg[onload], main img[onerror], main details[ontoggle],"
                + " main input[onfocus], main math").count()).as(page.url()).isZero();
        String text = (String) page.evaluate("() => document.body.innerText");
        for (String payload : shown) {
            assertThat(text).as(page.url()).contains(payload);
        }
        return 1;
    }

    private long proposal(String title, String description) throws Exception {
        return id(send("resident", "/api/v1/proposals", "{\"title\":" + json(title) + ",\"description\":"
                + json(description) + ",\"category\":\"PARKING\",\"place\":\"LANDMARK:NORTH_GATE\"}"));
    }

    private String send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
