package org.gongzhi.pet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces the reminders the household pages show (a vaccination or registration due within thirty days) as
 * {@link PetReminderDue} events, so that they reach the households' inboxes too.
 */
@Service
public class PetReminders {

    private final Pets pets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PetReminders(Pets pets, ApplicationEventPublisher events, Clock clock) {
        this.pets = pets;
        this.events = events;
        this.clock = clock;
    }

    /** Announces every reminder due in the community today; answers how many. */
    @Transactional
    public int announce(long communityId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        Map<Long, List<Pet>> households = pets.dogs(communityId).stream()
                .collect(Collectors.groupingBy(Pet::householdId));
        int announced = 0;
        for (Map.Entry<Long, List<Pet>> household : households.entrySet()) {
            for (PetCompliance.Reminder reminder : PetCompliance.reminders(household.getValue(), today)) {
                events.publishEvent(new PetReminderDue(communityId, household.getKey(), reminder.petId(),
                        reminder.petName(), reminder.kind(), reminder.due()));
                announced++;
            }
        }
        return announced;
    }
}
