package org.gongzhi.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Those with a place at an event starting within a day find a reminder in their inbox, once: the reminder job running
 * twice (a restart, a second instance) reminds nobody again; a cancelled place, a place on the waiting list and an
 * event three days off are not reminded, and a place taken from the waiting list is.
 */
class ParticipantsAreRemindedTheDayBeforeTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    EventHandling handling;
    @Autowired
    EventReminders reminders;
    @Autowired
    Events events;
    @Autowired
    Clock clock;

    private long event(String title, OffsetDateTime start, int capacity) {
        long programme = events.programme(AOYUAN, "7890-CINEMA").orElseThrow().id();
        return handling.create(STAFF, new EventInput(programme, title, null, "7890暖心屋", start, start.plusHours(2),
                capacity, null, null, EnumSet.allOf(Cohort.class)));
    }

    /** Adults of Aoyuan without an account, so that no demo account's inbox changes. */
    private List<Long> adultsWithoutAccount(int count) {
        return jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null
                and r.birth_date < date '1990-01-01'
                and not exists (select 1 from identity_account a where a.resident_id = r.id)
                order by r.id desc limit ?""").param(count).query(Long.class).list();
    }

    private List<Long> reminded(long eventId) {
        return jdbc.sql("""
                select resident_id from notice_notification where source_key = ? and kind = 'EVENT_REMINDER'
                order by resident_id""").param("event-reminder:" + eventId).query(Long.class).list();
    }

    @Test
    void registered_participants_are_reminded_once_however_often_the_job_runs() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long tomorrow = event("提醒测试·明天的电影", now.plusHours(20), 2);
        long later = event("提醒测试·三天后的电影", now.plusDays(3), 5);
        List<Long> people = adultsWithoutAccount(5);
        Registration first = handling.register(STAFF, tomorrow, people.get(0), null);
        Registration second = handling.register(STAFF, tomorrow, people.get(1), null);
        Registration movesUp = handling.register(STAFF, tomorrow, people.get(2), null);
        Registration stillWaiting = handling.register(STAFF, tomorrow, people.get(3), null);
        assertThat(stillWaiting.status()).isEqualTo(RegistrationStatus.WAITING);
        handling.cancel(STAFF, tomorrow, second.id());
        handling.register(STAFF, later, people.get(4), null);

        int firstRun = reminders.remind(AOYUAN, now);
        int secondRun = reminders.remind(AOYUAN, now);

        assertThat(reminded(tomorrow)).as("the two with a place, the one moved up from the waiting list among them")
                .containsExactlyInAnyOrder(first.residentId(), movesUp.residentId());
        assertThat(firstRun).isGreaterThanOrEqualTo(2);
        assertThat(secondRun).as("the job running again reminds nobody").isZero();
        assertThat(reminded(later)).as("three days off").isEmpty();
        assertThat(jdbc.sql("select detail || ' ' || link from notice_notification where source_key = ?"
                + " and resident_id = ?").params("event-reminder:" + tomorrow, first.residentId())
                .query(String.class).single()).startsWith("提醒测试·明天的电影（").contains("7890暖心屋")
                .endsWith(" /events/" + tomorrow);
        assertThat(jdbc.sql("select count(*) from activity_registration where event_id = ? and reminded_at is not null")
                .param(tomorrow).query(Long.class).single()).isEqualTo(2);

        // a day later the event of three days off comes within the day, and only its own participant hears of it
        reminders.remind(AOYUAN, now.plusDays(2).plusHours(1));
        assertThat(reminded(later)).containsExactly(people.get(4));
        assertThat(reminded(tomorrow)).hasSize(2);
    }
}
