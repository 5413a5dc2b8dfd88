package org.gongzhi.activity.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;

/** A person's registrations for events, and whether they came, for their own copy. */
@Component
class RegistrationPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    RegistrationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        if (!subject.isResident()) {
            return new PersonalDataSection("registrations", List.of());
        }
        return PersonalDataSection.of("registrations", jdbc.sql("""
                select e.title as event, e.starts_at, r.status, r.created_at as registered_at, r.checked_in_at
                from activity_registration r join activity_event e on e.id = r.event_id
                where r.resident_id = ? and r.community_id = ? order by e.starts_at""")
                .params(subject.residentId(), subject.communityId()).query().listOfRows());
    }
}
