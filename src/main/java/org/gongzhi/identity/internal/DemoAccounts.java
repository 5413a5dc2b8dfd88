package org.gongzhi.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.identity.membership.HomeAddress;
import org.gongzhi.identity.membership.HouseholdCodes;
import org.gongzhi.identity.membership.JoinInput;
import org.gongzhi.identity.membership.JoinMethod;
import org.gongzhi.identity.membership.Joining;
import org.gongzhi.shared.demo.DemoStep;

/**
 * Accounts for a community that takes part: twenty verified residents in each grid, the first of them the grid's
 * residents' representative ({@code rep.grid1} …), three sign-ups waiting for staff, and household code
 * {@value #CODE} for one household, whose address and residents the log names. Loaded after every other demo step,
 * so the other modules' stories are told with the six demo accounts alone.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoAccounts implements DemoStep {

    static final String CODE = "AOYUAN26";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final int PER_GRID = 20;

    private final JdbcClient jdbc;
    private final HouseholdCodes codes;
    private final Joining joining;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccounts(JdbcClient jdbc, HouseholdCodes codes, Joining joining, TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.joining = joining;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        Optional<Staff> staff = jdbc.sql("select id, community_id, password_hash from account where username = 'rc.staff'")
                .query((rs, n) -> new Staff(rs.getLong("id"), rs.getLong("community_id"), rs.getString("password_hash")))
                .optional();
        long done = jdbc.sql("select count(*) from household_code").query(Long.class).single();
        if (staff.isEmpty() || done > 0) {
            return;
        }
        transaction.executeWithoutResult(t -> verifiedResidents(staff.get()));
        householdCode(staff.get());
        waitingSignUps();
    }

    /** Accounts for the first adults of each grid, verified in person by the committee, sharing the demo password. */
    private void verifiedResidents(Staff staff) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String picked = """
                select r.id, r.community_id, r.name, s.grid_number, s.grid_id,
                       row_number() over (partition by s.grid_id order by r.id) as n
                from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = :c and r.moved_out is null and r.birth_date <= :adult
                  and not exists (select 1 from account a where a.resident_id = r.id)""";
        jdbc.sql("""
                insert into account (community_id, username, password_hash, display_name, resident_id, created_at)
                select p.community_id, case when p.n = 1 then concat('rep.grid', p.grid_number) else concat('r', p.id) end,
                       :hash, p.name, p.id, :now
                from (""" + picked + ") p where p.n <= :per")
                .param("c", staff.community()).param("adult", LocalDate.now(clock).minusYears(18))
                .param("hash", staff.passwordHash()).param("now", now).param("per", PER_GRID).update();
        // every account of a resident without a verification on record: the new ones and the demo accounts
        String demo = " from account a where a.community_id = :c and a.resident_id is not null"
                + " and not exists (select 1 from account_verification v where v.account_id = a.id)";
        jdbc.sql("insert into account_role (community_id, account_id, role, scope_type) "
                + "select a.community_id, a.id, 'RESIDENT', 'COMMUNITY'" + demo
                + " and not exists (select 1 from account_role x where x.account_id = a.id and x.role = 'RESIDENT')")
                .param("c", staff.community()).update();
        jdbc.sql("""
                insert into account_verification (community_id, account_id, resident_id, level, method, verified_by,
                    verified_at) select a.community_id, a.id, a.resident_id, 'HOUSEHOLD_RESIDENT', 'IN_PERSON', :staff, :now"""
                + demo).param("c", staff.community()).param("now", now).param("staff", staff.id()).update();
        jdbc.sql("""
                insert into account_role (community_id, account_id, role, scope_type, scope_id, term_from, term_until)
                select a.community_id, a.id, 'RESIDENT_REPRESENTATIVE', 'GRID', s.grid_id, :from, :until
                from account a join register_resident r on r.id = a.resident_id
                join register_stairwell s on s.id = r.stairwell_id
                where a.community_id = :c and a.username like 'rep.grid%'""")
                .param("c", staff.community()).param("from", LocalDate.of(2024, 1, 1))
                .param("until", LocalDate.of(2028, 12, 31)).update();
    }

    private void householdCode(Staff staff) {
        jdbc.sql("""
                select r.household_id, s.building_number, s.unit_number, u.room from register_resident r
                join register_stairwell s on s.id = r.stairwell_id join register_unit u on u.id = r.unit_id
                where r.community_id = ? and r.moved_out is null
                  and (select count(*) from register_resident m where m.household_id = r.household_id
                       and m.moved_out is null) >= 2
                  and not exists (select 1 from account a join register_resident o on o.id = a.resident_id
                                  where o.household_id = r.household_id)
                order by s.building_number, s.unit_number, u.room limit 1""")
                .param(staff.community())
                .query((rs, n) -> new Home(rs.getLong("household_id"), new HomeAddress(rs.getInt("building_number"),
                        rs.getInt("unit_number"), rs.getString("room"))))
                .optional().ifPresent(home -> {
                    codes.issue(staff.community(), home.householdId(), staff.id(), CODE);
                    // the address only: staff find its residents' names in the register, and names stay out of logs
                    log.info("Demo household code {} for {}号楼{}单元{}室", CODE, home.address().building(),
                            home.address().unit(), home.address().room());
                });
    }

    /** Two residents who asked to be checked (in person; by ID digits) and one name the register does not know. */
    private void waitingSignUps() {
        jdbc.sql("""
                select r.id, r.name, s.building_number, s.unit_number, u.room, c.id_card_tail from register_resident r
                join register_resident_check c on c.id = r.id
                join register_stairwell s on s.id = r.stairwell_id join register_unit u on u.id = r.unit_id
                where r.moved_out is null and c.id_card_tail is not null
                  and not exists (select 1 from account a where a.resident_id = r.id)
                order by r.id desc limit 2""")
                .query((rs, n) -> new JoinInput(rs.getString("name"), "1390000000" + n,
                        new HomeAddress(rs.getInt("building_number"), rs.getInt("unit_number"), rs.getString("room")),
                        "join.demo" + (n + 1), "gongzhi-demo", n == 0 ? JoinMethod.IN_PERSON : JoinMethod.ID_DIGITS,
                        null, n == 0 ? null : rs.getString("id_card_tail")))
                .list().forEach(input -> joining.join(input, "demo"));
        joining.join(new JoinInput("王不详", "13900000009", new HomeAddress(1, 1, "999"), "join.demo3", "gongzhi-demo",
                JoinMethod.IN_PERSON, null, null), "demo");
    }

    private record Staff(long id, long community, String passwordHash) {
    }

    private record Home(long householdId, HomeAddress address) {
    }
}
