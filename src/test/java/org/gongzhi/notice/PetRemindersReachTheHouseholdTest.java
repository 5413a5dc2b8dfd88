package org.gongzhi.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.pet.PetReminders;

/** A dog's vaccination or registration falling due reaches everyone in its household's inbox, once however often. */
class PetRemindersReachTheHouseholdTest extends IntegrationTest {

    @Autowired
    PetReminders reminders;

    private long count() {
        return jdbc.sql("select count(*) from notice_notification where kind in ('PET_RABIES_DUE', 'PET_LICENCE_DUE')")
                .query(Long.class).single();
    }

    @Test
    void each_reminder_reaches_each_member_of_the_household_once() {
        int announced = reminders.announce(1);
        assertThat(announced).as("the demo has dogs falling due").isPositive();
        long told = count();
        assertThat(told).isGreaterThanOrEqualTo(announced);
        assertThat(reminders.announce(1)).isEqualTo(announced);
        assertThat(count()).as("announced again, told once").isEqualTo(told);

        long wrong = jdbc.sql("""
                select count(*) from notice_notification n join register_resident r on r.id = n.resident_id
                join pet p on p.id = n.subject_id
                where n.kind in ('PET_RABIES_DUE', 'PET_LICENCE_DUE') and r.household_id <> p.household_id""")
                .query(Long.class).single();
        assertThat(wrong).as("nobody outside the household hears of it").isZero();
        long members = jdbc.sql("""
                select count(*) from notice_notification n where n.kind = 'PET_RABIES_DUE' and n.subject_id = (
                select min(subject_id) from notice_notification where kind = 'PET_RABIES_DUE')""")
                .query(Long.class).single();
        long living = jdbc.sql("""
                select count(*) from register_resident r join pet p on p.household_id = r.household_id
                where r.moved_out is null and p.id = (select min(subject_id) from notice_notification
                where kind = 'PET_RABIES_DUE')""").query(Long.class).single();
        assertThat(members).as("everyone living in the household").isEqualTo(living);
    }
}
