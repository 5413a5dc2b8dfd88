package org.gongzhi.shared.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.gongzhi.IntegrationTest;

/**
 * Issue 17, item 10: the forms people fill in, bound from whatever a browser (or someone pretending to be one) sends.
 * Each form is read from its own page — its action and the names of its fields — so a field added later is fuzzed
 * too; then sent with fuzzed values, fields left out and fields repeated. The answer is the form again with
 * problems, a redirect after saving, or a 4xx: never a 5xx, never a stack trace.
 */
@Tag("fuzz")
class FormBindersFuzzTest extends IntegrationTest {

    /** Who opens which form page: the forms of most modules, each as someone who may use it. */
    private static final List<String[]> FORMS = List.of(new String[] {"resident", "/report?category=OTHER&placeKind=LANDMARK&landmark=SWAN_LAKE"},
            new String[] {"resident", "/proposals/new"}, new String[] {"rc.staff", "/residents/new"},
            new String[] {"rc.staff", "/events/new"}, new String[] {"rc.staff", "/projects/new"},
            new String[] {"rc.staff", "/meetings/new"}, new String[] {"oc.member", "/votes/new"},
            new String[] {"rc.staff", "/notices/new"}, new String[] {"resident", "/pets/new"},
            new String[] {"oc.member", "/votes/statutory-check"}, new String[] {"resident", "/thinktank"});

    private static final Pattern FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)[^>]*name=\"([^\"]+)\"");

    private final Map<String, Form> forms = new LinkedHashMap<>();

    private record Form(String account, String action, List<String> fields) {
    }

    @FuzzTest(maxDuration = "10m")
    void any_values_in_any_form_are_answered_without_a_server_error(FuzzedDataProvider data) throws Exception {
        String[] page = FORMS.get(data.consumeInt(0, FORMS.size() - 1));
        Form form = forms.computeIfAbsent(page[1], p -> read(page[0], p));
        MockHttpServletRequestBuilder request = post(form.action()).with(as(form.account())).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (String field : form.fields()) {
            int times = data.consumeInt(0, 2);
            for (int i = 0; i < times; i++) {
                request.param(field, HostileRequests.value(data));
            }
        }
        HostileRequests.answeredCalmly(mvc.perform(request).andReturn(), form.action());
    }

    private Form read(String account, String path) {
        try {
            String html = mvc.perform(get(path).with(as(account))).andReturn().getResponse().getContentAsString();
            Matcher form = FORM.matcher(html);
            // the page's main form: the one with the most fields (the header's language and care-mode forms are small)
            String best = null;
            String action;
            while (form.find()) {
                if (best == null || form.group(1).length() > best.length()) {
                    best = form.group(0);
                }
            }
            if (best == null) {
                throw new IllegalStateException(path + " shows no form to fill in");
            }
            Matcher a = ACTION.matcher(best);
            action = a.find() ? a.group(1).replace("&amp;", "&") : path;
            List<String> fields = new ArrayList<>();
            Matcher f = FIELD.matcher(best);
            while (f.find()) {
                if (!f.group(1).equals("_csrf") && !fields.contains(f.group(1))) {
                    fields.add(f.group(1));
                }
            }
            return new Form(account, action, fields);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the form of " + path, e);
        }
    }
}
