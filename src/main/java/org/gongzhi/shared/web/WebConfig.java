package org.gongzhi.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The page shell: Simplified Chinese unless the person chose otherwise, remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    static final String LOCALE_COOKIE = "gz_lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** The handlers of paths with variables are found without testing every mapping in full (MappingsByPrefix). */
    @Bean
    WebMvcRegistrations mappingsByPrefix() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new MappingsByPrefix();
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
