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

    /** The enabled accounts of the community that hold the role, in any scope, in order: whom a to-do concerns. */
    public List<Long> holding(long communityId, org.gongzhi.shared.security.Role role) {
        return jdbc.sql("""
                select distinct a.id from account a join account_role r on r.account_id = a.id
                where a.community_id = ? and a.enabled = true and r.role = ? order by a.id""")
                .params(communityId, role.name()).query(Long.class).list();
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

    /**
     * The scopes in which an account is a residents' representative (居民代表) on both days asked for: its term
     * covers {@code day} and {@code alsoOn} (the meeting's day and today), so a representative acts within a term only.
     */
    public List<RepresentedScope> representedOn(long accountId, java.time.LocalDate day, java.time.LocalDate alsoOn) {
        return jdbc.sql("""
                select scope_type, scope_id from account_role
                where account_id = :account and role = 'RESIDENT_REPRESENTATIVE' and scope_id is not null
                  and (term_from is null or (term_from <= :day and term_from <= :also))
                  and (term_until is null or (term_until >= :day and term_until >= :also))""")
                .param("account", accountId).param("day", day).param("also", alsoOn)
                .query((rs, n) -> new RepresentedScope(
                        org.gongzhi.shared.security.ScopeType.valueOf(rs.getString("scope_type")),
                        rs.getLong("scope_id")))
                .list();
    }

    /** A building or grid a representative speaks for. */
    public record RepresentedScope(org.gongzhi.shared.security.ScopeType scopeType, long scopeId) {
    }

    /** Who an account is: its names, community and the resident it belongs to, if any. */
    public record AccountCard(long id, String username, String displayName, Long communityId, Long residentId) {
    }
}
