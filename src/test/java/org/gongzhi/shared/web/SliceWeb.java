package org.gongzhi.shared.web;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import org.gongzhi.community.RegisterQueries;

/**
 * What every page and API answer needs in a web slice: the page shell, the site's error answers, labels, refusal
 * texts, form problems and Post/Redirect/Get, the locale and clock, and the register the register's pages offer their
 * grid filter from (a mock).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({PageShell.class, PageErrors.class, ErrorPages.class, WebConfig.class, Labels.class, RefusalMessages.class,
        FormProblems.class, PostRedirectGet.class})
public class SliceWeb {

    @Bean
    RegisterQueries registerQueries() {
        return mock(RegisterQueries.class);
    }
}
