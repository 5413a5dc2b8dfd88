package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import org.gongzhi.IntegrationTest;
import org.gongzhi.security.AuthorisationMatrixTest;

/**
 * The application's handler mapping passes over mappings by the literal beginning of their paths (MappingsByPrefix):
 * for a request to every mapping of the application it finds the handler Spring's own mapping finds over the same
 * controllers, and a path with a percent-encoded letter still reaches its handler.
 */
class MappingsByPrefixTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebApplicationContext context;

    @Test
    void every_mapping_is_found_as_spring_alone_finds_it() throws Exception {
        assertThat(mappings).isInstanceOf(MappingsByPrefix.class);
        RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
        plain.setApplicationContext(context);
        plain.setEmbeddedValueResolver(new EmbeddedValueResolver(
                ((ConfigurableApplicationContext) context).getBeanFactory()));
        plain.afterPropertiesSet();

        List<String> differ = new ArrayList<>();
        int found = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            String method = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
            for (String pattern : info.getPatternValues()) {
                String path = AuthorisationMatrixTest.defaultRequest(pattern).replaceAll("\\{[a-z0-9_.]+\\}", "1");
                String ours = handler(mappings, method, path);
                String spring = handler(plain, method, path);
                if (!ours.equals(spring)) {
                    differ.add(method + " " + path + ": " + ours + " / " + spring);
                }
                if (ours.equals(entry.getValue().getMethod().toString())) {
                    found++;
                }
            }
        }
        assertThat(differ).isEmpty();
        // the paths made up from the patterns reach their own handler nearly always: the comparison is not vacuous
        assertThat(found).isGreaterThan(mappings.getHandlerMethods().size() * 9 / 10);
    }

    @Test
    void a_path_with_a_variable_is_tested_against_a_few_mappings_only() throws Exception {
        int all = mappings.getHandlerMethods().size();
        MappingsByPrefix filed = (MappingsByPrefix) mappings;
        assertThat(filed.candidates("/api/v1/votes/1/ballots")).hasSizeLessThan(all / 10)
                .anyMatch(info -> info.getPatternValues().contains("/api/v1/votes/{id}/ballots"));
        assertThat(filed.candidates("/s/AY-1-1")).hasSizeLessThan(all / 10)
                .anyMatch(info -> info.getPatternValues().contains("/s/{code}"));
        assertThat(handler(mappings, "GET", "/s/AY-1-1")).contains("StairwellController");
    }

    @Test
    void a_mapping_registered_after_start_up_is_found_and_one_taken_away_is_not() throws Exception {
        RequestMappingInfo late = RequestMappingInfo.paths("/late/{id}/check").methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
        Method handle = LateHandler.class.getMethod("check", String.class);
        assertThat(handler(mappings, "GET", "/late/7/check")).isEqualTo("none");
        mappings.registerMapping(late, new LateHandler(), handle);
        try {
            assertThat(handler(mappings, "GET", "/late/7/check")).isEqualTo(handle.toString());
        } finally {
            mappings.unregisterMapping(late);
        }
        assertThat(handler(mappings, "GET", "/late/7/check")).isEqualTo("none");
    }

    /** A handler registered by hand, as a library may register one after start-up. */
    public static class LateHandler {
        public String check(String id) {
            return id;
        }
    }

    @Test
    void a_percent_encoded_path_goes_through_the_full_test() throws Exception {
        String plain = handler(mappings, "GET", "/api/v1/votes/1");
        assertThat(plain).contains("VoteApiController");
        assertThat(handler(mappings, "GET", "/api/v1/vot%65s/1")).isEqualTo(plain);
    }

    @Test
    void a_pattern_begins_with_its_text_before_the_first_variable_or_wildcard() {
        assertThat(MappingsByPrefix.beginnings(RequestMappingInfo.paths("/api/v1/votes/{id}/ballots").build()))
                .containsExactly("/api/v1/votes/");
        assertThat(MappingsByPrefix.beginnings(RequestMappingInfo.paths("/a/**", "/b/x?z").build()))
                .containsExactlyInAnyOrder("/a/", "/b/x");
        assertThat(MappingsByPrefix.beginnings(RequestMappingInfo.paths("/{any}").build())).containsExactly("/");
    }

    /** The handler method a mapping finds for the request, or the kind of refusal it answers. */
    private static String handler(RequestMappingHandlerMapping mapping, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "*/*");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().toString();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }
}
