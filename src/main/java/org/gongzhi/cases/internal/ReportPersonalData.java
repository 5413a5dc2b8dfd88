package org.gongzhi.cases.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;

/** The problems a person reported (随手拍), anonymous ones included, for their own copy. */
@Component
class ReportPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    ReportPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        if (!subject.isResident()) {
            return new PersonalDataSection("cases", List.of());
        }
        return PersonalDataSection.of("cases", jdbc.sql("""
                select id as case_number, category, state, description, place_code, anonymous, reported_at, rating,
                    rating_comment
                from work_order where reporter_resident_id = ? and community_id = ? order by reported_at""")
                .params(subject.residentId(), subject.communityId()).query().listOfRows());
    }
}
