package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;

/**
 * Issue 17, item 7: JSON bodies over 1 MB are refused with a 413 problem, announced or chunked; the preference
 * switches go back only to a page of this same origin, never to a host named in the Referer.
 */
class RequestLimitsTest extends IntegrationTest {

    private static String jsonOf(int bytes) {
        return "{\"title\":\"" + "x".repeat(bytes) + "\"}";
    }

    @Test
    void a_json_body_over_a_megabyte_is_refused_with_413_before_anyone_reads_it() throws Exception {
        mvc.perform(post("/api/v1/votes").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(jsonOf(1_100_000)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value("The request body is larger than 1024 KB"));
        // below the cap the same endpoint reads it and answers about its content
        mvc.perform(post("/api/v1/votes").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(jsonOf(10_000)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_chunked_json_body_over_a_megabyte_is_refused_too() throws Exception {
        byte[] body = jsonOf(1_500_000).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");

        byte[] small = "{\"username\":\"nobody.chunked\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as("a small chunked body is still read").isEqualTo(401);
    }

    @Test
    void the_preference_switches_go_back_only_within_this_origin() throws Exception {
        for (String hostile : List.of("https://evil.example/votes", "http://evil.example/", "http://localhost:8081/votes",
                "https://localhost/votes", "http://localhost//evil.example/x", "http://localhost/%2F%2Fevil.example",
                "http://localhost/%5Cevil.example", "http://user@localhost/%2fevil", "//evil.example/x",
                "javascript:alert(1)")) {
            mvc.perform(post("/preferences/care-mode").param("on", "false").header("Referer", hostile).with(csrf()))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(post("/preferences/language").param("lang", "zh").header("Referer", hostile).with(csrf()))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/preferences/language").param("lang", "zh").header("Referer", "http://localhost/votes?page=2")
                        .with(csrf()))
                .andExpect(redirectedUrl("/votes?page=2"));
    }
}
