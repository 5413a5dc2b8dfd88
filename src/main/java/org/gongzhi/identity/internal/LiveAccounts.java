package org.gongzhi.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an account may still act: not deactivated and not locked by staff. */
@Component
class LiveAccounts {

    private final JdbcClient jdbc;

    LiveAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean mayAct(long accountId) {
        return jdbc.sql("select count(*) from account where id = ? and enabled and locked_at is null")
                .param(accountId).query(Long.class).single() > 0;
    }
}
