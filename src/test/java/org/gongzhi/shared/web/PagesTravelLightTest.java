package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import org.gongzhi.IntegrationTest;

/** A phone on a slow line gets pages compressed and fetches the stylesheet and icon once, not on every page. */
class PagesTravelLightTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ResourceUrlProvider resourceUrls;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String linked(String page, String rel) {
        Matcher m = Pattern.compile("<link rel=\"" + rel + "\"[^>]*href=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a <link rel=\"" + rel + "\">").isTrue();
        return m.group(1);
    }

    @Test
    void pages_are_sent_compressed() throws Exception {
        HttpResponse<String> login = get("/login", "Accept-Encoding", "gzip", "Accept", "text/html");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void the_stylesheet_has_a_versioned_address_and_is_kept() throws Exception {
        String page = get("/login").body();
        String css = linked(page, "stylesheet");
        assertThat(css).matches("/css/app-[0-9a-f]{32}\\.css");
        HttpResponse<String> response = get(css, "Accept-Encoding", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        String cache = response.headers().firstValue("Cache-Control").orElse("");
        assertThat(cache).contains("max-age=31536000").doesNotContain("no-store").doesNotContain("no-cache");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void the_site_has_an_icon() throws Exception {
        String icon = linked(get("/login").body(), "icon");
        HttpResponse<String> response = get(icon);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        HttpResponse<String> ico = get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
    }

    @Test
    void only_the_static_folders_are_looked_up_as_files() throws Exception {
        // under a catch-all every link of every page was searched for on the class path, and missed, each time
        assertThat(resourceUrls.getHandlerMap().keySet())
                .isNotEmpty()
                .doesNotContain("/**")
                .allSatisfy(pattern -> assertThat(pattern).matches("/(css|js|favicon|swagger-ui|webjars).*"));
        assertThat(resourceUrls.getForLookupPath("/css/app.css")).matches("/css/app-[0-9a-f]{32}\\.css");
        assertThat(resourceUrls.getForLookupPath("/s/AY-1-1")).isNull();
        // the map's library is served, and kept: its address names its version
        HttpResponse<String> leaflet = get("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(leaflet.statusCode()).isEqualTo(200);
        assertThat(leaflet.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
    }
}
