package org.gongzhi.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.identity.Sessions;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Permissions;

/** The caller's own signed-in sessions: where and when, and ending any of them. */
@RestController
@RequestMapping("/api/v1/me/sessions")
class SessionsApiController {

    private final Sessions sessions;

    SessionsApiController(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Open sessions, most recently used first; the one this call came in (if any) is marked current. */
    @GetMapping
    List<Sessions.OpenSession> mine(HttpServletRequest request) {
        return OwnSessions.listed(sessions, Permissions.actor().accountId(), request);
    }

    /** Ends one of the caller's own sessions at once; anyone else's, or one already over, answers 404. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{id}/end")
    void end(@PathVariable long id, HttpServletRequest request) {
        if (!sessions.end(Permissions.actor().accountId(), id)) {
            throw new NotFound("session");
        }
        OwnSessions.leaveIfCurrent(id, request);
    }

    /** Ends every other session of the caller, keeping the one this call came in (if any). */
    @PostMapping("/end-others")
    Ended endOthers(HttpServletRequest request) {
        return new Ended(sessions.endOthers(Permissions.actor().accountId(), OwnSessions.current(request)));
    }

    record Ended(int ended) {
    }

    /** What the page and the API share: which session is this one, and leaving it when it is ended. */
    static final class OwnSessions {

        private OwnSessions() {
        }

        static Long current(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            return session != null && session.getAttribute(Sessions.RECORD) instanceof Long id ? id : null;
        }

        static List<Sessions.OpenSession> listed(Sessions sessions, long accountId, HttpServletRequest request) {
            Long current = current(request);
            return sessions.open(accountId).stream().map(s -> current != null && s.id() == current ? s.asCurrent() : s)
                    .toList();
        }

        /** Ending the session one is in signs this browser out too. */
        static boolean leaveIfCurrent(long ended, HttpServletRequest request) {
            Long current = current(request);
            if (current != null && current == ended) {
                request.getSession().invalidate();
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
                return true;
            }
            return false;
        }
    }
}
