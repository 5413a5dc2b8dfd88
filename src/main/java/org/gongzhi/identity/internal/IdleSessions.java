package org.gongzhi.identity.internal;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.identity.Sessions;
import org.gongzhi.shared.scheduling.JobLease;

/** Every ten minutes, on one instance: sign-ins idle past the session timeout are recorded as expired. */
@Component
class IdleSessions {

    private final Sessions sessions;
    private final JobLease leases;

    IdleSessions(Sessions sessions, JobLease leases) {
        this.sessions = sessions;
        this.leases = leases;
    }

    @Scheduled(initialDelayString = "${gongzhi.security.idle-sessions-delay:PT2M}", fixedDelayString = "PT10M")
    void expireOnce() {
        leases.runAlone("idle-sessions", Duration.ofMinutes(5), Duration.ofMinutes(10), sessions::expireIdle);
    }
}
