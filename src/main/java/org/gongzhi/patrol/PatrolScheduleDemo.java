package org.gongzhi.patrol;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.patrol.schedule.OccurrenceChange;
import org.gongzhi.shared.demo.DemoStep;

/**
 * In demo mode, after the demo register (order 10): the eight Aoyuan branches' patrol schedules, with one patrol
 * moved for a public holiday and one cancelled for a typhoon warning in 2027. Does nothing once they exist.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class PatrolScheduleDemo implements DemoStep {

    private final PatrolSchedules schedules;
    private final JdbcClient jdbc;

    PatrolScheduleDemo(PatrolSchedules schedules, JdbcClient jdbc) {
        this.schedules = schedules;
        this.jdbc = jdbc;
    }

    @Override
    public void load() {
        jdbc.sql("select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                .ifPresent(this::seed);
        // the subdistrict's smaller communities patrol by the same rule, with no exceptions
        jdbc.sql("select id from register_community where code in ('LAITING', 'YUNRUN')").query(Long.class).list()
                .forEach(schedules::seedDefaults);
    }

    private void seed(long community) {
        if (schedules.seedDefaults(community) == 0) {
            return;
        }
        schedules.recordException(community, 3, new OccurrenceChange("2027-10-07", "MOVED", "2027-10-14",
                "14:00", "国庆假期（10月1日至7日），顺延一周"));
        schedules.recordException(community, 5, new OccurrenceChange("2027-08-05", "CANCELLED", null, null,
                "台风橙色预警，暂停户外巡查"));
    }
}
