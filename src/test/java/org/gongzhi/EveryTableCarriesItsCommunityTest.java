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
            "spring_session", "Spring Session's sessions, of browsers before and after they sign in to any community",
            "spring_session_attributes", "the attributes of those sessions (reached through spring_session)",
            "job_lease", "which instance runs a scheduled job now; the jobs run for every community");

    /** Reached through their parent's community; to be given the column (by the parent's) before distribution. */
    private static final Map<String, String> THROUGH_PARENT = Map.ofEntries(
            Map.entry("account_role", "account"), Map.entry("account_session", "account"),
            Map.entry("account_code_attempt", "account"), Map.entry("api_token", "account"),
            Map.entry("password_reset", "account"), Map.entry("household_code_use", "household code"),
            Map.entry("ballot_delivery", "vote"), Map.entry("ballot_option", "ballot"),
            Map.entry("current_ballot", "vote"), Map.entry("vote_canvass", "vote"),
            Map.entry("vote_elector_member", "vote"), Map.entry("vote_elector_unit", "vote"),
            Map.entry("vote_option", "vote"), Map.entry("vote_scope", "vote"), Map.entry("vote_tally", "vote"),
            Map.entry("notice_read", "notice"), Map.entry("thinktank_talent_skill", "thinktank talent"),
            Map.entry("volunteer_care_pair", "care recipient"));

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
