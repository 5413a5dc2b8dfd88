package org.gongzhi.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import org.gongzhi.shared.cache.RecentValues;

/**
 * The public pages every visitor without an account sees alike ({@link SameForEveryVisitor}: the stairwell card
 * behind each QR code) are rendered once and served as rendered for a short while
 * ({@code gongzhi.web.visitor-pages-ttl}), one copy for each language and care mode. Only a plain GET, with no query,
 * no credentials and no cookie but those two preferences, is answered from memory; only a 200 that set no cookie is
 * kept, with the headers it was sent with. A signed-in person, whose card may show full numbers, always gets a page
 * rendered for them. Each instance keeps its own copies: a change shows on the card within the time to live
 * (docs/decisions.md, "A stairwell card is rendered once for every visitor").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class VisitorPages extends OncePerRequestFilter {

    private static final Set<String> PREFERENCES = Set.of(WebConfig.LOCALE_COOKIE, Preferences.CARE_COOKIE);
    private static final Set<String> NOT_REPEATED = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.DATE);

    private final List<SameForEveryVisitor> pages;
    private final RecentValues<Key, Optional<Rendered>> rendered;

    @Autowired
    VisitorPages(ObjectProvider<SameForEveryVisitor> pages, ObjectProvider<Clock> clock,
            @Value("${gongzhi.web.visitor-pages-ttl:PT10S}") Duration ttl,
            @Value("${gongzhi.web.visitor-pages-kept:2000}") int kept) {
        this(pages.orderedStream().toList(), clock.getIfAvailable(Clock::systemUTC), ttl, kept);
    }

    VisitorPages(List<SameForEveryVisitor> pages, Clock clock, Duration ttl, int kept) {
        this.pages = List.copyOf(pages);
        this.rendered = new RecentValues<>(clock, ttl, kept);
    }

    /** What decides a visitor's page beside its address: the language, care mode and whether the request is HTTPS. */
    private record Key(String path, String language, boolean careMode, boolean secure) {
    }

    /** A page as it was sent: its body, type, language and the other headers (those of security among them). */
    private record Rendered(byte[] body, String contentType, Locale locale, List<String[]> headers) {

        void writeTo(HttpServletResponse response) throws IOException {
            headers.forEach(h -> response.addHeader(h[0], h[1]));
            response.setLocale(locale);
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (rendered.ttl().isZero() || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || !onlyPreferences(request.getCookies())) {
            return true;
        }
        String path = request.getRequestURI();
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return true;
        }
        PathContainer parsed = PathContainer.parsePath(path);
        return pages.stream().noneMatch(p -> p.pattern().matches(parsed));
    }

    private static boolean onlyPreferences(Cookie[] cookies) {
        return cookies == null || Arrays.stream(cookies).allMatch(c -> PREFERENCES.contains(c.getName()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = new Key(request.getRequestURI(), language(request), Preferences.careMode(request),
                request.isSecure());
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean[] renderedHere = {false};
        Optional<Rendered> page;
        try {
            page = rendered.get(key, asOf -> {
                renderedHere[0] = true;
                try {
                    chain.doFilter(request, captured);
                } catch (IOException | ServletException e) {
                    throw new ChainFailed(e);
                }
                return keepable(captured);
            });
        } catch (RuntimeException e) {
            if (renderedHere[0]) {
                throw e instanceof ChainFailed failed ? failed.rethrown() : e;
            }
            page = Optional.empty(); // rendering it for everyone failed in another request: this one renders its own
        }
        if (renderedHere[0]) {
            captured.copyBodyToResponse();
        } else if (page.isPresent()) {
            page.get().writeTo(response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static String language(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, WebConfig.LOCALE_COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }

    /** The page as sent, when it may be sent to the next visitor too: a 200 that set no cookie. */
    private static Optional<Rendered> keepable(ContentCachingResponseWrapper response) {
        if (response.getStatus() != HttpServletResponse.SC_OK || response.getHeader(HttpHeaders.SET_COOKIE) != null
                || response.getContentType() == null) {
            return Optional.empty();
        }
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (NOT_REPEATED.stream().noneMatch(name::equalsIgnoreCase)) {
                response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
            }
        }
        return Optional.of(new Rendered(response.getContentAsByteArray(), response.getContentType(),
                response.getLocale(), List.copyOf(headers)));
    }

    /** An exception of the chain, carried out of the rendering function. */
    private static final class ChainFailed extends RuntimeException {

        ChainFailed(Exception cause) {
            super(cause);
        }

        /** Throws the chain's own exception. */
        RuntimeException rethrown() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
