package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The page shell (the modules' menus, care mode) is made for pages only: an API call renders no page, and asking
 * every module for its menu on each ballot or registration cost database reads for nothing.
 */
class PageShellTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final PageShell shell = new PageShell(List.of(actor -> {
        asked.incrementAndGet();
        return List.of();
    }));

    @RestController
    static class Api {
        public String answer() {
            return "{}";
        }
    }

    @Controller
    static class Pages {
        public String page() {
            return "page";
        }
    }

    private MockHttpServletRequest handledBy(Object controller, String method) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new HandlerMethod(controller, controller.getClass().getMethod(method)));
        return request;
    }

    @Test
    void an_api_answer_gets_no_shell_and_asks_no_module() throws Exception {
        assertThat(shell.shell(handledBy(new Api(), "answer"))).isNull();
        assertThat(asked).hasValue(0);
    }

    @Test
    void a_page_gets_its_shell() throws Exception {
        assertThat(shell.shell(handledBy(new Pages(), "page"))).isNotNull();
    }
}
