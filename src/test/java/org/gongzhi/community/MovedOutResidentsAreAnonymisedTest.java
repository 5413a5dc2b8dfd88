package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.resident.Anonymisation;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.community.resident.ResidentInput;
import org.gongzhi.community.resident.Residents;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.pii.PiiCipher;

/**
 * Residents who moved out more than the retention period ago lose name, phone and ID number; those who moved out
 * more recently keep them; every count by grid, building, generation and gender stays the same.
 */
class MovedOutResidentsAreAnonymisedTest extends IntegrationTest {

    @Autowired
    Residents residents;

    @Autowired
    Anonymisation anonymisation;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Autowired
    PiiCipher cipher;

    @Test
    void after_the_retention_period_a_moved_out_resident_keeps_no_personal_data_and_the_figures_stay() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> home = jdbc.sql("""
                select s.code, u.room from unit u join stairwell s on s.id = u.stairwell_id
                join household h on h.unit_id = u.id and h.dissolved_on is null
                where u.community_id = 1 order by u.id desc limit 1""").query().singleRow();
        List<Long> longGone = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            longGone.add(register("匿名测试甲" + i, "1390000111" + i, id("11010119550101", 10 + i), home));
        }
        long recentlyGone = register("匿名测试乙", "13900002229", id("11010119550101", 20), home);
        for (long id : longGone) {
            residents.moveOut(1L, id, today.minusYears(3).minusDays(2));
        }
        residents.moveOut(1L, recentlyGone, today.minusYears(3).plusDays(2));
        jdbc.sql("""
                insert into correction_request (community_id, resident_id, field, requested_value_cipher, reason, status,
                    requested_by, requested_at) values (1, ?, 'NAME', ?, '改名了', 'OPEN', 'test', current_timestamp)""")
                .params(longGone.getFirst(), cipher.encrypt("匿名测试丙")).update();

        Map<String, Long> before = figures(today);
        Map<String, Long> beforeLongAgo = figures(today.minusYears(5));
        int anonymised = anonymisation.anonymiseExpired();

        assertThat(anonymised).isGreaterThanOrEqualTo(3);
        assertThat(figures(today)).isEqualTo(before);
        assertThat(figures(today.minusYears(5))).isEqualTo(beforeLongAgo);
        for (long id : longGone) {
            Map<String, Object> row = jdbc.sql("""
                    select name, phone, phone_tail, id_card_cipher, id_card_digest, id_card_masked, anonymised_on,
                        household_id, birth_date from resident where id = ?""").param(id).query().singleRow();
            assertThat(row.get("name")).isEqualTo(Anonymisation.NAME);
            assertThat(row).containsEntry("phone", null).containsEntry("phone_tail", null)
                    .containsEntry("id_card_cipher", null).containsEntry("id_card_digest", null)
                    .containsEntry("id_card_masked", null);
            assertThat(row.get("anonymised_on")).isNotNull();
            assertThat(row.get("household_id")).isNotNull();
            assertThat(audit.count("RESIDENT_ANONYMISED", "resident", id)).isEqualTo(1);
        }
        assertThat(jdbc.sql("select reason from correction_request where resident_id = ?").param(longGone.getFirst())
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select count(*) from resident where name like '匿名测试甲%' or phone like '1390000111%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%匿名测试%' or detail like '%1390000111%'")
                .query(Long.class).single()).as("the audit trail names nobody either").isZero();
        Map<String, Object> recent = jdbc.sql("select name, phone, anonymised_on from resident where id = ?")
                .param(recentlyGone).query().singleRow();
        assertThat(recent).containsEntry("name", "匿名测试乙").containsEntry("phone", "13900002229")
                .containsEntry("anonymised_on", null);

        assertThat(anonymisation.anonymiseExpired()).as("a second run finds nobody").isZero();
        // the recent one goes too, once a shorter retention applies; the test leaves no full number behind
        new Anonymisation(jdbc, audit, clock, Period.ofYears(1)).anonymiseExpired();
        assertThat(jdbc.sql("select name from resident where id = ?").param(recentlyGone).query(String.class).single())
                .isEqualTo(Anonymisation.NAME);
    }

    private long register(String name, String phone, String idCard, Map<String, Object> home) {
        return residents.register(1L, new ResidentInput(name, null, null, phone, idCard, "OTHER", "TENANT", "false",
                "2015-03-01", (String) home.get("code"), (String) home.get("room")));
    }

    private static String id(String first14, int sequence) {
        String first17 = first14 + String.format("%03d", sequence);
        return first17 + IdCardNumber.checkDigit(first17);
    }

    /** Residents ever registered, by grid, building, generation on the day, gender, and whether still living here. */
    private Map<String, Long> figures(LocalDate on) {
        Map<String, Object> params = new HashMap<>(Cohort.BANDS.params(on));
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                with x as (select s.grid_id, s.building_id, %s as cohort, r.gender,
                        case when r.moved_out is null then 'here' else 'gone' end as living
                    from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                    join stairwell s on s.id = u.stairwell_id)
                select grid_id, building_id, cohort, gender, living, count(*) as n from x
                group by grid_id, building_id, cohort, gender, living""".formatted(Cohort.BANDS.sql("r.birth_date")))
                .params(params)
                .query((rs, n) -> counts.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/"
                        + rs.getString(4) + "/" + rs.getString(5), rs.getLong(6)))
                .list();
        assertThat(counts).isNotEmpty();
        return counts;
    }
}
