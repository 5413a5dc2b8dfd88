package org.gongzhi.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Adds every module's {@link PageModel} to a page about to be rendered, error pages included, and to nothing else:
 * an answer with a body (every API call: a ballot, a registration) has no view, a redirect renders none.
 */
@Configuration(proxyBeanMethods = false)
class PageModels implements WebMvcConfigurer, HandlerInterceptor {

    private final List<PageModel> models;

    PageModels(List<PageModel> models) {
        this.models = models;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (rendersPage(page)) {
            models.forEach(m -> m.addTo(page.getModelMap(), request));
        }
    }

    private static boolean rendersPage(ModelAndView page) {
        if (page == null || !page.hasView()) {
            return false;
        }
        String name = page.getViewName();
        return name != null ? !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                : !(page.getView() instanceof RedirectView);
    }
}
