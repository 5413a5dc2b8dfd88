package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The page shell (the modules' menus, care mode) is made for pages only: an API call renders no page, and asking
 * every module for its menu on each ballot or registration cost database reads for nothing.
 */
class PageShellTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final PageModels pageModels = new PageModels(List.of(new PageShell(List.of(actor -> {
        asked.incrementAndGet();
        return List.of();
    }))));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");

    private ModelAndView handled(ModelAndView answer) {
        pageModels.postHandle(request, new MockHttpServletResponse(), new Object(), answer);
        return answer;
    }

    @Test
    void an_api_answer_and_a_redirect_get_no_shell_and_ask_no_module() {
        handled(null);
        assertThat(handled(new ModelAndView()).getModel()).isEmpty();
        assertThat(handled(new ModelAndView("redirect:/proposals")).getModel()).isEmpty();
        assertThat(handled(new ModelAndView(new RedirectView("/proposals"))).getModel()).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void a_page_gets_its_shell() {
        assertThat(handled(new ModelAndView("proposal/list")).getModel()).containsKey("shell");
    }
}
