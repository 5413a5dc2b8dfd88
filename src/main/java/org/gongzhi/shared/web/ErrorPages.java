package org.gongzhi.shared.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.SecondFactor;

/**
 * Every error a person meets is a page of the site: its header and menu, their language and care mode, what happened
 * in words and the way back. Programs get the same as an RFC 9457 problem.
 */
@Controller
class ErrorPages implements ErrorController {

    /** How long a client is asked to wait before trying again while the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = "15";

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        String kind = kind(request, status);
        model.addAttribute("status", status.value());
        model.addAttribute("kind", kind);
        model.addAttribute("back", BackLink.of(request).orElse(null));
        model.addAttribute("formRefused", "expired".equals(kind) || "stale".equals(kind));
        model.addAttribute("posted", posted(request));
        model.addAttribute("reason", request.getAttribute(PageErrors.REFUSAL));
        // the header's unread count reads the database: not while it is the database that failed
        model.addAttribute("databaseDown", status == HttpStatus.SERVICE_UNAVAILABLE);
        retryLater(status, response);
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        retryLater(status, response);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (request.getAttribute(PageErrors.REFUSAL) instanceof String reason) {
            problem.setDetail(reason);
        }
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static void retryLater(HttpStatus status, HttpServletResponse response) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
    }

    /** Whether a form was sent: the error dispatch itself is a GET, the method it came from is an attribute. */
    private static boolean posted(HttpServletRequest request) {
        return "POST".equals(request.getAttribute(RequestDispatcher.ERROR_METHOD));
    }

    /** Which message the page shows: a form refused for want of a valid session says so, not "forbidden". */
    private static String kind(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            return Actor.current().isPresent() ? "stale" : "expired";
        }
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof SecondFactor.Required) {
            return "factor";
        }
        return switch (status.value()) {
            case 400 -> posted(request) ? "400.post" : "400";
            case 403, 404, 405, 409, 413, 500, 503 -> String.valueOf(status.value());
            default -> "other";
        };
    }
}
