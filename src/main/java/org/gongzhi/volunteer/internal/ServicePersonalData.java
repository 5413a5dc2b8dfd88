package org.gongzhi.volunteer.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;

/** A volunteer's recorded service, corrections included as recorded, for their own copy. */
@Component
class ServicePersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    ServicePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        if (!subject.isResident()) {
            return new PersonalDataSection("volunteering", List.of());
        }
        return PersonalDataSection.of("volunteering", jdbc.sql("""
                select t.name as team, s.served_on, s.minutes, s.activity, s.what_done, s.recorded_at
                from volunteer_service s join volunteer_team t on t.id = s.team_id
                where s.resident_id = ? and s.community_id = ? order by s.served_on""")
                .params(subject.residentId(), subject.communityId()).query().listOfRows());
    }
}
