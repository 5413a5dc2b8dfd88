package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.gongzhi.MovableClock;

/**
 * A page every visitor sees alike is rendered once per language and care mode and repeated, headers and all, for its
 * time to live; anyone signed in, any other request and any answer but a plain 200 go through as before.
 */
class VisitorPagesTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T01:00:00Z"), ZoneId.of("UTC"));
    private final VisitorPages filter = new VisitorPages(List.of(SameForEveryVisitor.at("/s/{code}")), clock,
            Duration.ofSeconds(10), 100);
    private final AtomicInteger rendered = new AtomicInteger();
    private int status = 200;
    private boolean setsCookie;

    /** The application behind the filter: each page it renders is numbered. */
    private final FilterChain app = (request, response) -> {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        if (setsCookie) {
            http.addCookie(new Cookie("gz_lang", "en"));
        }
        http.setLocale(Locale.SIMPLIFIED_CHINESE);
        http.setContentType("text/html;charset=UTF-8");
        http.getWriter().write("<p>楼道卡 #" + rendered.incrementAndGet() + " " + cookies((MockHttpServletRequest) request)
                + "</p>");
    };

    private static String cookies(MockHttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? "" : String.join(",", java.util.Arrays.stream(cookies)
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    private MockHttpServletResponse get(String path, Cookie... cookies) throws IOException, ServletException {
        return send(request(path, cookies));
    }

    private static MockHttpServletRequest request(String path, Cookie... cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws IOException, ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, app);
        return response;
    }

    private static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void the_next_visitor_gets_the_page_as_sent_until_its_time_is_up() throws Exception {
        MockHttpServletResponse first = get("/s/AY-1-1");
        clock.moveOn(Duration.ofSeconds(9));
        MockHttpServletResponse second = get("/s/AY-1-1");

        assertThat(rendered).hasValue(1);
        assertThat(body(second)).isEqualTo(body(first)).isEqualTo("<p>楼道卡 #1 </p>");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
        assertThat(second.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(second.getHeaders("Cache-Control")).containsExactly("no-cache, no-store, max-age=0, must-revalidate");

        clock.moveOn(Duration.ofSeconds(1));
        assertThat(body(get("/s/AY-1-1"))).isEqualTo("<p>楼道卡 #2 </p>");
    }

    @Test
    void each_stairwell_language_and_care_mode_has_a_page_of_its_own() throws Exception {
        get("/s/AY-1-1");
        get("/s/AY-1-2");
        assertThat(body(get("/s/AY-1-1", new Cookie("gz_lang", "en")))).isEqualTo("<p>楼道卡 #3 gz_lang=en</p>");
        assertThat(body(get("/s/AY-1-1", new Cookie("gz_care", "1")))).isEqualTo("<p>楼道卡 #4 gz_care=1</p>");
        assertThat(body(get("/s/AY-1-1", new Cookie("gz_lang", "en")))).isEqualTo("<p>楼道卡 #3 gz_lang=en</p>");
        assertThat(body(get("/s/AY-1-1"))).isEqualTo("<p>楼道卡 #1 </p>");
        MockHttpServletRequest https = request("/s/AY-1-1");
        https.setSecure(true);
        assertThat(body(send(https))).isEqualTo("<p>楼道卡 #5 </p>");
        assertThat(rendered).hasValue(5);
    }

    @Test
    void a_signed_in_person_and_every_other_request_get_a_page_rendered_for_them() throws Exception {
        get("/s/AY-1-1");
        get("/s/AY-1-1", new Cookie("JSESSIONID", "abc"));
        get("/s/AY-1-1", new Cookie("gz_lang", "en"), new Cookie("JSESSIONID", "abc"));
        MockHttpServletRequest bearer = request("/s/AY-1-1");
        bearer.addHeader("Authorization", "Bearer gz_token");
        send(bearer);
        MockHttpServletRequest query = request("/s/AY-1-1");
        query.setQueryString("lang=en");
        send(query);
        MockHttpServletRequest post = request("/s/AY-1-1");
        post.setMethod("POST");
        send(post);
        get("/s/AY-1-1/qr.png");
        get("/proposals");
        get("/s/AY%2D1-1");
        assertThat(rendered).hasValue(9);
        assertThat(body(get("/s/AY-1-1"))).isEqualTo("<p>楼道卡 #1 </p>");
    }

    @Test
    void only_a_plain_200_that_set_no_cookie_is_kept() throws Exception {
        status = 404;
        get("/s/NONE");
        assertThat(get("/s/NONE").getStatus()).isEqualTo(404);
        status = 200;
        setsCookie = true;
        get("/s/AY-1-1");
        MockHttpServletResponse again = get("/s/AY-1-1");
        assertThat(again.getCookie("gz_lang")).isNotNull();
        assertThat(rendered).hasValue(4);
    }

    @Test
    void a_failure_of_the_application_reaches_the_server_as_it_was_and_is_not_kept() throws Exception {
        ServletException broken = new ServletException("template failed");
        FilterChain failing = (request, response) -> {
            throw broken;
        };
        assertThatThrownBy(() -> filter.doFilter(request("/s/AY-1-1"), new MockHttpServletResponse(), failing))
                .isSameAs(broken);
        IOException gone = new IOException("client went away");
        assertThatThrownBy(() -> filter.doFilter(request("/s/AY-1-1"), new MockHttpServletResponse(),
                (request, response) -> {
                    throw gone;
                })).isSameAs(gone);
        assertThat(body(get("/s/AY-1-1"))).isEqualTo("<p>楼道卡 #1 </p>");
    }

    @Test
    void nothing_is_kept_when_the_time_to_live_is_zero() throws Exception {
        VisitorPages never = new VisitorPages(List.of(SameForEveryVisitor.at("/s/{code}")), clock, Duration.ZERO, 100);
        never.doFilter(request("/s/AY-1-1"), new MockHttpServletResponse(), app);
        never.doFilter(request("/s/AY-1-1"), new MockHttpServletResponse(), app);
        assertThat(rendered).hasValue(2);
    }
}
