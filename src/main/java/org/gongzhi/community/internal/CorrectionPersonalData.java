package org.gongzhi.community.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;

/** A person's correction requests and their outcome, for their own copy (the value asked for stays encrypted). */
@Component
class CorrectionPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    CorrectionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        if (!subject.isResident()) {
            return new PersonalDataSection("corrections", List.of());
        }
        return PersonalDataSection.of("corrections", jdbc.sql("""
                select field, reason, status as decision, requested_at, decided_at, decision_reason
                from correction_request where resident_id = ? and community_id = ? order by requested_at""")
                .params(subject.residentId(), subject.communityId()).query().listOfRows());
    }
}
