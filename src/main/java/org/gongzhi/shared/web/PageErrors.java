package org.gongzhi.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;

/**
 * A page whose object is unknown or invisible answers 404, a step its state refuses 409 with the reason, input a
 * page could not show again in a form (a download's filter) 400 naming the problem, through
 * the site's error page ({@link ErrorPages}); the API answers the same as problems ({@link ApiErrors}), which run
 * first for API controllers. A database that cannot be reached is 503 with Retry-After, for pages and the API alike.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    static final String REFUSAL = "gongzhi.refusal";

    private final RefusalMessages refusals;
    private final MessageSource messages;

    PageErrors(RefusalMessages refusals, MessageSource messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        try {
            if (ex instanceof NotFound) {
                response.sendError(HttpStatus.NOT_FOUND.value());
                return new ModelAndView();
            }
            if (DatabaseUnavailable.causedIt(ex)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS);
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                return new ModelAndView();
            }
            if (ex instanceof InvalidInput invalid) {
                request.setAttribute(REFUSAL, String.join(" ", invalid.problems().stream().map(p -> messages
                        .getMessage(p.code(), p.args(), p.code(), LocaleContextHolder.getLocale())).toList()));
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return new ModelAndView();
            }
            if (ex instanceof Refused refused) {
                request.setAttribute(REFUSAL, refusals.text(refused));
                response.sendError(HttpStatus.CONFLICT.value());
                return new ModelAndView();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    @Override
    public int getOrder() {
        // after the @ExceptionHandler methods (the API's problems), before Spring's defaults
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
