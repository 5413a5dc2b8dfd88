package org.gongzhi;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions are in the database (Spring Session JDBC), and its filter is in MockMvc's chain as in the server's. MockMvc
 * carries no cookies from one request to the next; tests carry the session instead ({@code .session(...)}, the one
 * {@code getRequest().getSession()} answers). So, for MockMvc requests only, the stored session's id also rides on that
 * mock session: the id is read from the cookie first, else from the mock session. A mock session a test filled before
 * the request ({@code .flashAttr(...)}, {@code .sessionAttr(...)}) becomes a stored session holding those attributes,
 * as the browser's session would have held them. Requests through the real server
 * (HTTP clients, browsers) use the cookie alone, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

    /** The attribute of the mock session that holds the stored session's id. */
    static final String ID = MockMvcSessions.class.getName() + ".id";

    @Bean
    static BeanPostProcessor mockSessionsCarryTheId(ObjectProvider<CookieSerializer> serializer,
            ObjectProvider<SessionRepository<? extends Session>> repository) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SessionRepositoryFilter<?> filter) {
                    CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
                    serializer.ifAvailable(cookies::setCookieSerializer);
                    filter.setHttpSessionIdResolver(new CookieOrMockSession(cookies, repository));
                }
                return bean;
            }
        };
    }

    /** An attribute of the stored session a MockMvc request's mock session stands for; null if there is none. */
    public static Object attribute(SessionRepository<? extends Session> sessions, HttpSession mock, String name) {
        if (mock == null || !(mock.getAttribute(ID) instanceof String id)) {
            return null;
        }
        Session stored = sessions.findById(id);
        return stored == null ? null : stored.getAttribute(name);
    }

    private record CookieOrMockSession(CookieHttpSessionIdResolver cookies,
            ObjectProvider<SessionRepository<? extends Session>> repository) implements HttpSessionIdResolver {

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            List<String> ids = cookies.resolveSessionIds(request);
            if (!ids.isEmpty()) {
                return ids;
            }
            MockHttpServletRequest mock = mock(request);
            HttpSession session = mock == null ? null : mock.getSession(false);
            if (session == null) {
                return List.of();
            }
            if (!(session.getAttribute(ID) instanceof String)) {
                List<String> names = Collections.list(session.getAttributeNames());
                if (names.isEmpty()) {
                    return List.of();
                }
                session.setAttribute(ID, stored(repository.getObject(), session, names));
            }
            return List.of((String) session.getAttribute(ID));
        }

        /** A stored session holding the mock session's attributes; its id. */
        private static <S extends Session> String stored(SessionRepository<S> sessions, HttpSession mock,
                List<String> names) {
            S stored = sessions.createSession();
            names.forEach(name -> stored.setAttribute(name, mock.getAttribute(name)));
            sessions.save(stored);
            return stored.getId();
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
            MockHttpServletRequest mock = mock(request);
            if (mock != null) {
                mock.getSession(true).setAttribute(ID, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookies.expireSession(request, response);
            MockHttpServletRequest mock = mock(request);
            HttpSession session = mock == null ? null : mock.getSession(false);
            if (session != null) {
                session.invalidate(); // as the container's session was: tests ask isInvalid()
            }
        }

        private static MockHttpServletRequest mock(ServletRequest request) {
            ServletRequest r = request;
            while (r instanceof ServletRequestWrapper wrapper && !(r instanceof MockHttpServletRequest)) {
                r = wrapper.getRequest();
            }
            return r instanceof MockHttpServletRequest mock ? mock : null;
        }
    }
}
