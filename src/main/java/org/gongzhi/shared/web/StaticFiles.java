package org.gongzhi.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheets, scripts, icons and web jars, each under its own address prefix rather than Boot's catch-all
 * {@code /**}.
 * Every link a page builds passes through the resource chain to receive its content hash; under a catch-all
 * every link (to a proposal, to the login page) was looked up on the class path in four folders, missed, and was
 * looked up again on the next page, since misses are not cached. That was most of the public stairwell card's time
 * under load (docs/performance.md). Here only links under these prefixes are resolved, once, and then cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

    private static final CacheControl KEPT_FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365));

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "classpath:/static/css/", "/css/**");
        serve(registry, "classpath:/static/js/", "/js/**");
        serve(registry, "classpath:/static/", "/favicon.ico", "/favicon.svg");
        // the map's and the charts' libraries, their version in their address (/webjars/leaflet/1.9.4/...)
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(KEPT_FOR_A_YEAR)
                .resourceChain(true);
    }

    /** Files under {@code location} at {@code patterns}, kept for a year: their addresses carry a content hash. */
    private static void serve(ResourceHandlerRegistry registry, String location, String... patterns) {
        registry.addResourceHandler(patterns)
                .addResourceLocations(location)
                .setCacheControl(KEPT_FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
