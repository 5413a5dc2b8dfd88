package org.gongzhi.renewal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;

/** The basketball court's completed campaign: hundreds of pledges from many buildings, paid, and reconciling. */
class DemoCrowdfundingTest extends IntegrationTest {

    @Autowired
    DemoCrowdfunding demo;

    private long court() {
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        return jdbc.sql("select id from renewal_project where community_id = ? and title = ? order by id limit 1")
                .params(community, DemoCrowdfunding.COURT).query(Long.class).single();
    }

    @Test
    void the_court_has_a_completed_campaign_of_several_hundred_pledges_from_many_buildings_that_reconciles()
            throws Exception {
        long project = court();
        long campaign = jdbc.sql("select id from renewal_campaign where project_id = ?").param(project)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/projects/" + project + "/campaign").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUCCEEDED"))
                .andExpect(jsonPath("$.pledgeCount").value(DemoCrowdfunding.PLEDGES))
                .andExpect(jsonPath("$.percentRaised").value(100))
                .andExpect(jsonPath("$.raisedFen").value(greaterThanOrEqualTo(4_000_000)));
        assertThat(jdbc.sql("select count(distinct building_number) from renewal_pledge where campaign_id = ?")
                .param(campaign).query(Long.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("""
                select count(*) from renewal_payment where campaign_id = ? and (confirmed_at is null
                or confirmed_by_account = recorded_by_account)""").param(campaign).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from renewal_payment where campaign_id = ?").param(campaign)
                .query(Long.class).single()).isGreaterThan(300);
        assertThat(jdbc.sql("""
                select count(*) from renewal_ledger_entry e where e.campaign_id = ? and (
                e.pledged_total_fen <> (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'PLEDGE')
                or e.confirmed_total_fen <> (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'PAYMENT'))""")
                .param(campaign).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_campaign c where c.id = ? and c.confirmed_fen <>
                (select sum(amount_fen) from renewal_payment where campaign_id = c.id and confirmed_at is not null)""")
                .param(campaign).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_ledger_entry e where e.campaign_id = ? and e.spent_total_fen <>
                (select coalesce(sum(x.amount_fen), 0) from renewal_ledger_entry x
                    where x.campaign_id = e.campaign_id and x.id <= e.id and x.kind = 'EXPENSE')""")
                .param(campaign).query(Long.class).single()).as("spent running totals").isZero();
        assertThat(jdbc.sql("""
                select c.spent_fen from renewal_campaign c where c.id = ? and c.spent_fen = (select sum(s.amount_fen)
                from renewal_spending s join renewal_funding_line l on l.id = s.line_id
                where l.project_id = c.project_id and l.source = 'CROWDFUNDING')""").param(campaign)
                .query(Long.class).single()).as("the night lights, paid from the money raised").isEqualTo(3_600_000L);
        mvc.perform(get("/api/v1/projects/" + project + "/ledger?size=5").with(as("resident")))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(600)));
        mvc.perform(get("/projects/" + project).with(as("resident"))).andExpect(status().isOk());
    }

    @Test
    void loading_the_demo_again_adds_nothing() {
        long entries = jdbc.sql("select count(*) from renewal_ledger_entry").query(Long.class).single();
        demo.load();
        assertThat(jdbc.sql("select count(*) from renewal_ledger_entry").query(Long.class).single()).isEqualTo(entries);
    }
}
