package org.gongzhi.community.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;
import org.gongzhi.shared.pii.Masking;

/** The register's part of a person's copy: their entry and their home; numbers masked, as everywhere on screen. */
@Component
class RegisterPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    RegisterPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        if (!subject.isResident()) {
            return new PersonalDataSection("register", List.of());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.sql("""
                select r.name, r.gender, r.birth_date, r.phone, r.id_card_masked, r.relation, r.residence_type,
                    r.party_member, r.moved_in, r.moved_out, s.code as stairwell, u.room, h.formed_on as household_formed_on,
                    (select count(*) from resident m where m.household_id = r.household_id and m.moved_out is null)
                        as household_members
                from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                join stairwell s on s.id = u.stairwell_id
                where r.id = ? and r.community_id = ?""")
                .params(subject.residentId(), subject.communityId()).query().listOfRows()
                .forEach(row -> {
                    Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
                    copy.put("phone", Masking.phone((String) row.get("phone")));
                    rows.add(copy);
                });
        return PersonalDataSection.of("register", rows);
    }
}
