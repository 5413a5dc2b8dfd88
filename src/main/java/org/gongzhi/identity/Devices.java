package org.gongzhi.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, recognisable name for what signed in, from its User-Agent: the browser or program and the system it runs
 * on ("WeChat · Android", "Chrome · Windows", "curl"). Never the whole header: it fingerprints the device and means
 * nothing to the person reading the list. Null when the header is missing or says nothing recognisable.
 */
final class Devices {

    private static final Pattern PROGRAM = Pattern.compile("^([A-Za-z][A-Za-z0-9._-]{0,30})/");

    private Devices() {
    }

    static String summary(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String ua = userAgent.length() > 512 ? userAgent.substring(0, 512) : userAgent;
        String browser = browser(ua);
        String system = system(ua);
        if (browser != null && system != null) {
            return browser + " · " + system;
        }
        if (browser != null || system != null) {
            return browser != null ? browser : system;
        }
        Matcher program = PROGRAM.matcher(ua);
        return program.find() ? program.group(1) : null;
    }

    private static String browser(String ua) {
        if (ua.contains("MicroMessenger/")) {
            return "WeChat";
        }
        if (ua.contains("AlipayClient/")) {
            return "Alipay";
        }
        if (ua.contains("Edg/") || ua.contains("EdgA/") || ua.contains("EdgiOS/")) {
            return "Edge";
        }
        if (ua.contains("HeadlessChrome/")) {
            return "Chrome (headless)";
        }
        if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) {
            return "Chrome";
        }
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) {
            return "Firefox";
        }
        if (ua.contains("Safari/") && ua.contains("Version/")) {
            return "Safari";
        }
        return null;
    }

    private static String system(String ua) {
        if (ua.contains("HarmonyOS") || ua.contains("OpenHarmony")) {
            return "HarmonyOS";
        }
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return null;
    }

    /** The address as the server saw it (behind the proxy, the forwarded client address), kept short. */
    static String address(String remote) {
        return remote == null ? null : remote.length() > 64 ? remote.substring(0, 64) : remote;
    }
}
