package org.gongzhi.voting.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;

/** The ballots a person cast themselves, with the answer they gave, for their own copy. */
@Component
class BallotPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    BallotPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        if (!subject.isResident()) {
            return new PersonalDataSection("ballots", List.of());
        }
        return PersonalDataSection.of("ballots", jdbc.sql("""
                select v.title as vote, b.answer, b.channel, b.cast_at
                from ballot b join vote v on v.id = b.vote_id
                where b.cast_by_resident_id = ? and b.community_id = ? order by b.cast_at""")
                .params(subject.residentId(), subject.communityId()).query().listOfRows());
    }
}
