package org.gongzhi.identity.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an account may still act (not deactivated, not locked by staff), and when its password last changed. */
@Component
class LiveAccounts {

    private final JdbcClient jdbc;

    LiveAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's state as each request checks it; {@code credentialsChangedAt} null if never changed. */
    record State(boolean mayAct, OffsetDateTime credentialsChangedAt) {
    }

    State state(long accountId) {
        return jdbc.sql("select enabled and locked_at is null as may_act, credentials_changed_at from account where id = ?")
                .param(accountId)
                .query((rs, n) -> new State(rs.getBoolean("may_act"),
                        rs.getObject("credentials_changed_at", OffsetDateTime.class)))
                .optional().orElse(new State(false, null));
    }

    boolean mayAct(long accountId) {
        return state(accountId).mayAct();
    }
}
