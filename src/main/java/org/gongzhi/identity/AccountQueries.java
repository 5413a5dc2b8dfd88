package org.gongzhi.identity;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.jdbc.Rows;

/**
 * Accounts as other modules read them: who an account is (its display name, the resident it belongs to), so no
 * other module names the {@code account} table. Nothing it answers carries a password, a token or a lockout.
 */
@Service
public class AccountQueries {

    private static final String SELECT = "select id, username, display_name, community_id, resident_id from account ";

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account by its sign-in name. */
    public Optional<AccountCard> byUsername(String username) {
        return jdbc.sql(SELECT + "where username = ?").param(username).query(Rows.of(AccountCard.class)).optional();
    }

    /** An account by its id. */
    public Optional<AccountCard> byId(long accountId) {
        return jdbc.sql(SELECT + "where id = ?").param(accountId).query(Rows.of(AccountCard.class)).optional();
    }

    /** The accounts a resident signs in with, oldest first. */
    public List<AccountCard> ofResident(long residentId) {
        return jdbc.sql(SELECT + "where resident_id = ? order by id").param(residentId)
                .query(Rows.of(AccountCard.class)).list();
    }

    /** The display name of each account asked for that exists, in one statement. */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from account where id in (:ids) order by id").param("ids", accountIds)
                .query((ResultSet rs) -> {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                });
        return names;
    }

    /** Who an account is: its names, community and the resident it belongs to, if any. */
    public record AccountCard(long id, String username, String displayName, Long communityId, Long residentId) {
    }
}
