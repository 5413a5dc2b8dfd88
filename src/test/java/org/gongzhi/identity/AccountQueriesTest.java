package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.AccountQueries.AccountCard;

/** Other modules learn who an account is from identity, never from its table. */
class AccountQueriesTest extends IntegrationTest {

    @Autowired
    AccountQueries accounts;

    @Test
    void an_account_is_found_by_name_and_id_with_its_display_name_and_resident() {
        AccountCard resident = accounts.byUsername("resident").orElseThrow();
        assertThat(resident.displayName()).isEqualTo("居民 1号楼");
        assertThat(resident.residentId()).isNotNull();
        assertThat(resident.communityId()).isNotNull();
        assertThat(accounts.byId(resident.id())).contains(resident);
        assertThat(accounts.ofResident(resident.residentId())).contains(resident);
        assertThat(accounts.byUsername("nobody.here")).isEmpty();
    }

    @Test
    void display_names_come_in_one_answer_for_the_accounts_that_exist() {
        AccountCard staff = accounts.byUsername("rc.staff").orElseThrow();
        AccountCard resident = accounts.byUsername("resident").orElseThrow();
        assertThat(staff.residentId()).isNull();
        assertThat(accounts.displayNames(List.of(staff.id(), resident.id(), -1L)))
                .containsOnlyKeys(staff.id(), resident.id()).containsEntry(staff.id(), "居委会 李老师");
        assertThat(accounts.displayNames(List.of())).isEmpty();
    }
}
