package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;

import org.gongzhi.IntegrationTest;

/**
 * Each demo account follows the links of the pages it reaches from home, three links deep, and never meets a
 * refusal or an unknown page: a page never offers what the person may not open (a staff member's case page once
 * linked to 我的上报, which only residents have).
 */
class EveryLinkOpensTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|swagger|v3|api|open311|webjars|css|js|img|favicon).*|.*\\.(pdf|ics|xlsx|png|jpg|svg|ico)(\\?.*)?$"
                    + "|.*/(export|download|photos/\\d+).*");
    /** Pages of one shape (digits aside) visited at most this often, so the walk stays short. */
    private static final int PER_SHAPE = 2;

    @ParameterizedTest
    @ValueSource(strings = {"resident", "branch.secretary", "rc.staff", "oc.member", "pm.staff", "admin"})
    void every_link_within_three_steps_of_home_opens(String user) throws Exception {
        Deque<Step> queue = new ArrayDeque<>(List.of(new Step("/", 0, "home")));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            String shape = step.path().replaceAll("\\d+", "N").replaceAll("\\?.*", "");
            if (!seen.add(step.path()) || shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(step.path()).with(as(user))).andReturn().getResponse();
            if (response.getStatus() != 200) {
                broken.add(step.path() + " (linked from " + step.from() + ") answers " + response.getStatus());
                continue;
            }
            if (step.depth() == 3 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            Matcher links = LINK.matcher(response.getContentAsString());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!SKIPPED.matcher(link).matches()) {
                    queue.add(new Step(link, step.depth() + 1, step.path()));
                }
            }
        }
        assertThat(seen).as("pages walked by " + user).hasSizeGreaterThan(15);
        assertThat(broken).as("links that do not open for " + user).isEmpty();
    }

    private record Step(String path, int depth, String from) {
    }
}
