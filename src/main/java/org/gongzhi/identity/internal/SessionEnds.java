package org.gongzhi.identity.internal;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.gongzhi.identity.Sessions;

/**
 * A session the container drops (timed out, or invalidated) leaves the list of open sessions at once; one already
 * marked over (signed out, ended) keeps how it ended.
 */
@Component
class SessionEnds implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEnds.class);

    private final Sessions sessions;

    SessionEnds(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(Sessions.RECORD) instanceof Long record) {
            try {
                sessions.close(record, Sessions.EXPIRED);
            } catch (RuntimeException e) {
                // while the application stops, the database may already be gone; the row then ages out of the list
                LOG.debug("could not mark session {} as over: {}", record, e.getMessage());
            }
        }
    }
}
