package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every table carries {@code community_id}, so that communities stay apart and a city-scale installation can
 * distribute the schema by community (docs/operations.md). The few tables that are global by nature are named here
 * with the reason; so are the child tables that still reach their community only through their parent row, which
 * must be given the column before the schema is distributed (the list may only shrink: a new table without the
 * column fails this test).
 */
class EveryTableCarriesItsCommunityTest extends IntegrationTest {

    /** Global by nature: nothing in them belongs to one community. */
    private static final Map<String, String> GLOBAL = Map.of(
            "community", "the communities themselves",
            "flyway_schema_history", "the schema's own migrations",
            "event_publication", "Spring Modulith's outbox of module events, for every community",
            "login_throttle", "failed sign-ins by address, before anyone is known",
            "account_code_attempt", "wrong household and reset codes by client, address or typed user name, before "
                    + "anyone is known (as login_throttle)",
            "spring_session", "Spring Session's sessions, of browsers before and after they sign in to any community",
            "spring_session_attributes", "the attributes of those sessions (reached through spring_session)",
            "job_lease", "which instance runs a scheduled job now; the jobs run for every community");

    /**
     * Reached through their parent's community; to be given the column (by the parent's) before distribution. Empty
     * since every child row was given its parent's community (2026-12-05): it may only stay so.
     */
    private static final Map<String, String> THROUGH_PARENT = Map.of();

    @Test
    void every_table_but_the_global_ones_carries_community_id() {
        List<String> without = jdbc.sql("""
                select lower(t.table_name) from information_schema.tables t
                where lower(t.table_schema) = lower(current_schema) and t.table_type = 'BASE TABLE'
                and not exists (select 1 from information_schema.columns c
                    where c.table_schema = t.table_schema and c.table_name = t.table_name
                    and lower(c.column_name) = 'community_id')""").query(String.class).list();
        TreeSet<String> expected = new TreeSet<>(GLOBAL.keySet());
        expected.addAll(THROUGH_PARENT.keySet());
        assertThat(new TreeSet<>(without)).as("tables without community_id").isEqualTo(expected);
    }
}
