package org.gongzhi.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.privacy.PersonalDataSection;
import org.gongzhi.privacy.PersonalDataSource;

/** The account's part of a person's copy: name, settings, when it was opened (never the password's hash). */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataSection about(Subject subject) {
        return PersonalDataSection.of("account", jdbc.sql("""
                select username, display_name, locale, care_mode, created_at from account where id = ?""")
                .param(subject.accountId()).query().listOfRows());
    }
}
