package org.gongzhi.shared.web;

import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The display preferences kept in the browser: care mode (关怀模式) and language. */
public final class Preferences {

    public static final String CARE_COOKIE = "gz_care";

    private Preferences() {
    }

    public static boolean careMode(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> CARE_COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
    }

    public static void rememberCareMode(HttpServletResponse response, boolean on) {
        response.addCookie(cookie(CARE_COOKIE, on ? "1" : "0"));
    }

    public static void rememberLanguage(HttpServletResponse response, String tag) {
        response.addCookie(cookie(WebConfig.LOCALE_COOKIE, tag));
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        return cookie;
    }
}
