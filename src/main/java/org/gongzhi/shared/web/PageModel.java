package org.gongzhi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.ModelMap;

/**
 * What a module adds to the model of every page the site renders (the shell, the inbox's badge). Added only when a
 * page is rendered ({@link PageModels}): an API answer, a redirect or a file pays nothing for it, where a
 * {@code @ModelAttribute} of a {@code @ControllerAdvice} is made for every request.
 */
public interface PageModel {

    void addTo(ModelMap model, HttpServletRequest request);
}
