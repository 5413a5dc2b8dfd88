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
        List<Long> cases = new ArrayList<>();
        List<Long> proposals = new ArrayList<>();
        for (String payload : PAYLOADS) {
            cases.add(id(send("resident", "/api/v1/cases", "{\"category\":\"OTHER\",\"description\":" + json(payload)
                    + ",\"placeKind\":\"LANDMARK\",\"landmark\":\"SWAN_LAKE\"}")));
            String title = payload.length() <= 60 ? payload : payload.substring(0, 60);
            proposals.add(id(send("resident", "/api/v1/proposals", "{\"title\":" + json(title)
                    + ",\"description\":" + json(payload) + ",\"category\":\"PARKING\",\"place\":\"LANDMARK:NORTH_GATE\"}")));
        }
        long discussed = proposals.getFirst();
        for (String payload : PAYLOADS) {
            send("oc.member", "/api/v1/proposals/" + discussed + "/comments",
                    "{\"stance\":\"FOR\",\"body\":" + json(payload) + "}");
        }

        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn("resident");
        int checked = 0;
        for (int i = 0; i < PAYLOADS.size(); i++) {
            open("/cases/" + cases.get(i));
            checked += assertInert(PAYLOADS.get(i));
            open("/proposals/" + proposals.get(i));
            checked += assertInert(PAYLOADS.get(i));
        }
        open("/proposals/" + discussed);
        for (String payload : PAYLOADS) {
            checked += assertInert(payload);
        }
        screenshot("hostile-text-in-comments");
        for (String path : List.of("/my/cases", "/proposals", "/cases")) {
            open(path);
            checked += assertInert(null);
        }
        assertThat(checked).isEqualTo(3 * PAYLOADS.size() + 3);
    }

    /** Nothing ran, no element from the text exists, and the text (if given) is on the page word for word. */
    private int assertInert(String payload) {
        page.waitForLoadState();
        assertThat(dialogs).as(page.url()).isEmpty();
        assertThat(page.evaluate("() => window.__xss === undefined && window.__x === undefined"))
                .as(page.url()).isEqualTo(true);
        assertThat(page.locator("#xss-link, main iframe, main svg[onload], main img[onerror], main details[ontoggle],"
                + " main input[onfocus], main math").count()).as(page.url()).isZero();
        String text = (String) page.evaluate("() => document.body.innerText");
        if (payload != null) {
            assertThat(text).as(page.url()).contains(payload);
        }
        return 1;
    }

    private String send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
