package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.electorate.Electorate.AreaSource;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectorateEntry;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectoratePage;
import org.gongzhi.voting.electorate.ElectorateQueries.UnitEntry;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.tally.Recount;

/**
 * The owners' roll of a community-wide owners' vote on the demo register, read as an auditor would: its persons and
 * area are the sum of its entries; namesakes, owners of units in two buildings, co-owners, the developer, vacant
 * units and areas from the survey or the contract are all there as such; a recount equals the tally, and a tally that
 * was tampered with is found and recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectorateAuditTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    ElectorateAudit audit;

    @Autowired
    org.gongzhi.voting.web.VoteTexts texts;

    @Autowired
    VoteQueries queries;

    @Autowired
    org.gongzhi.voting.electorate.ElectorateQueries electorate;

    private long vote;
    private List<ElectorateEntry> roll;

    @BeforeAll
    void aCommunityWideOwnersVoteClosedAfterSomeBallots() {
        vote = voting.create(staff(), new VoteDraft(VoteKind.OWNERS, "测试 全体业主 " + System.nanoTime(), null,
                MatterItem.MAINTENANCE_FUND_USE.number(), null, null, null, List.of(), null, null, null,
                VoteScope.Kind.COMMUNITY, Set.of(), false, false, false).closingAt(VoteFixtures.inAWeek()));
        voting.open(staff(), vote);
        List<Long> electors = VoteFixtures.electors(jdbc, vote);
        for (int i = 0; i < 60; i++) {
            voting.enter(staff(), vote, electors.get(i), paper(i < 40 ? Answer.AGREE : i < 52 ? Answer.DISAGREE
                    : Answer.ABSTAIN));
        }
        VoteFixtures.passClosingTime(jdbc, vote);
        voting.close(staff(), vote);
        roll = new ArrayList<>();
        ElectoratePage page;
        int n = 0;
        do {
            page = audit.page(staff(), vote, null, n++);
            roll.addAll(page.entries());
        } while (page.hasNext());
    }

    @Test
    void the_rolls_persons_and_area_are_the_sum_of_its_entries_and_each_entry_the_sum_of_its_units() {
        ElectoratePage first = audit.page(staff(), vote, null, 0);
        assertThat(roll).hasSize((int) first.total());
        assertThat((long) roll.size()).isEqualTo(first.electorate().persons());
        assertThat(roll.stream().mapToLong(ElectorateEntry::area).sum()).isEqualTo(first.electorate().area());
        assertThat(roll).allSatisfy(e -> assertThat(e.area())
                .isEqualTo(e.units().stream().mapToLong(UnitEntry::area).sum()));
        assertThat(roll.stream().filter(ElectorateEntry::tookPart)).hasSize(60);
        long ownedUnits = jdbc.sql("""
                select count(*) from unit u where u.community_id = 1 and u.usage = 'RESIDENTIAL'
                  and (u.developer_held or exists
                    (select 1 from unit_owner o where o.unit_id = u.id and o.owned_until is null))""")
                .query(Long.class).single();
        assertThat(roll.stream().mapToLong(e -> e.units().size()).sum()).isEqualTo(ownedUnits);
    }

    @Test
    void namesakes_with_different_id_numbers_are_different_people() {
        List<String> namesakes = jdbc.sql("""
                select owner_name from unit_owner where owned_until is null and id_card_digest is not null
                group by owner_name having count(distinct id_card_digest) > 1 order by owner_name""")
                .query(String.class).list();
        assertThat(namesakes).isNotEmpty();
        String name = namesakes.getFirst();
        List<Long> units = jdbc.sql("select unit_id from unit_owner where owner_name = ? and owned_until is null")
                .param(name).query(Long.class).list();
        List<Long> electors = roll.stream().filter(e -> e.units().stream().anyMatch(u -> units.contains(u.unitId())))
                .map(ElectorateEntry::electorId).distinct().toList();
        assertThat(electors).hasSizeGreaterThan(1);
    }

    @Test
    void an_owner_with_units_in_two_buildings_is_one_entry_and_an_owner_without_identity_one_unit() {
        assertThat(roll).anySatisfy(e -> assertThat(e.units().stream().map(UnitEntry::building).distinct())
                .hasSizeGreaterThan(1));
        assertThat(roll.stream().filter(e -> !e.identified())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.units()).hasSize(1));
    }

    @Test
    void co_owners_the_developer_vacant_units_and_every_area_source_are_visible() {
        long coOwned = jdbc.sql("select count(distinct elector_id) from vote_elector_member where vote_id = ? "
                + "group by elector_id having count(*) > 1").param(vote).query(Long.class).list().size();
        assertThat(coOwned).isPositive();
        ElectorateEntry developer = roll.stream().filter(ElectorateEntry::developer).findFirst().orElseThrow();
        assertThat(developer.units()).hasSizeGreaterThan(1).allMatch(UnitEntry::developerHeld);
        assertThat(roll).anySatisfy(e -> assertThat(e.units()).anyMatch(u -> u.vacant() && !u.developerHeld()));
        List<AreaSource> sources = roll.stream().flatMap(e -> e.units().stream()).map(UnitEntry::source).distinct()
                .toList();
        assertThat(sources).contains(AreaSource.REGISTER, AreaSource.SURVEY, AreaSource.CONTRACT);
        assertThat(roll).allSatisfy(e -> assertThat(e.name() == null ? "" : e.name()).doesNotContain("上海奥园"));
    }

    @Test
    void a_recount_equals_the_tally_and_a_tampered_tally_is_an_alarm_in_the_audit_log() {
        Recount recount = audit.recount(staff(), vote);
        assertThat(recount.agrees()).as("%s", recount.differences()).isTrue();
        assertThat(recount.recounted()).isEqualTo(recount.stored());
        assertThat(recount.recounted().participating().persons()).isEqualTo(60);
        assertThat(recount.recounted().abstaining().persons()).isEqualTo(8);

        long other = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(6L), false));
        voting.open(staff(), other);
        VoteFixtures.electors(jdbc, other).stream().limit(5)
                .forEach(e -> voting.enter(staff(), other, e, paper(Answer.AGREE)));
        VoteFixtures.passClosingTime(jdbc, other);
        voting.close(staff(), other);
        jdbc.sql("update vote_tally set agreeing_persons = agreeing_persons + 1 where vote_id = ?").param(other)
                .update();
        Recount tampered = audit.recount(staff(), other);
        assertThat(tampered.agrees()).isFalse();
        assertThat(tampered.differences()).extracting(Recount.Difference::figure).contains("agreeing");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOTE_RECOUNT_MISMATCH' and subject_id = ?")
                .param(other).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_notice_of_a_community_wide_vote_names_its_buildings() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            var v = voting.visible(staff(), vote);
            List<String> lines = texts.notice(v, voting.result(v).orElseThrow(), queries.scopePlaces(v),
                    electorate.buildings(1, vote)).lines();
            int last = electorate.buildings(1, vote).getLast();
            assertThat(lines).contains("涉及楼栋：1–" + last + "号楼");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void an_open_vote_has_nothing_to_recount() {
        long open = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(7L), false));
        voting.open(staff(), open);
        assertThatThrownBy(() -> audit.recount(staff(), open)).isInstanceOf(Refused.class);
    }

    @Test
    void an_owner_sees_only_their_own_entry_and_may_recount() {
        ElectorateEntry entry = roll.get(3);
        long resident = VoteFixtures.memberOf(jdbc, vote, entry.electorId());
        Actor owner = VoteFixtures.residentActor(resident);
        ElectoratePage own = audit.page(owner, vote, null, 0);
        assertThat(own.entries()).containsExactly(entry);
        assertThat(audit.page(owner, vote, 1, 3).entries()).containsExactly(entry);
        assertThat(audit.recount(owner, vote).agrees()).isTrue();
        assertThatThrownBy(() -> audit.export(owner, vote)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_api_pages_the_roll_by_building_and_keeps_other_owners_from_a_resident_and_another_zones_oc() throws Exception {
        mvc.perform(get("/api/v1/votes/" + vote + "/electorate").param("building", "12").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].units[*].building").value(org.hamcrest.Matchers.hasItem(12)))
                .andExpect(jsonPath("$.electorate.persons").value(roll.size()));
        long residentOfDemo = VoteFixtures.accountResident(jdbc, "resident");
        int ownEntries = audit.page(VoteFixtures.residentActor(residentOfDemo), vote, null, 0).entries().size();
        mvc.perform(get("/api/v1/votes/" + vote + "/electorate").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(ownEntries));
        long ocOwner = VoteFixtures.accountResident(jdbc, "oc.member");
        int ocOwn = audit.page(VoteFixtures.residentActor(ocOwner), vote, null, 0).entries().size();
        mvc.perform(get("/api/v1/votes/" + vote + "/electorate").with(as("oc.member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(ocOwn))
                .andExpect(jsonPath("$.total").value(ocOwn));
        mvc.perform(post("/api/v1/votes/" + vote + "/recount").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.differences").isEmpty());
        mvc.perform(get("/votes/" + vote + "/electorate.xlsx").with(as("resident"))).andExpect(status().isForbidden());
    }

    @Test
    void the_bundle_holds_the_roll_without_names_and_every_ballot_and_is_audited() throws Exception {
        long before = jdbc.sql("select count(*) from audit_event where action = 'VOTE_RECOUNT_BUNDLE' "
                + "and subject_id = ?").param(vote).query(Long.class).single();
        byte[] zip = mvc.perform(get("/api/v1/votes/" + vote + "/recount-bundle.zip").with(as("rc.staff")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("vote.csv", "electorate.csv", "ballots.csv", "delivered.csv", "tally.csv");
        assertThat(files.get("ballots.csv").lines()).hasSize(61);
        assertThat(files.get("electorate.csv").lines().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[5])).sum())
                .isEqualTo(roll.stream().mapToLong(ElectorateEntry::area).sum());
        String someName = jdbc.sql("select owner_name from unit_owner where resident_id is null and id > 100 "
                + "order by id").query(String.class).list().getFirst();
        assertThat(String.join("\n", files.values())).doesNotContain(someName).doesNotContain("I:");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOTE_RECOUNT_BUNDLE' "
                + "and subject_id = ?").param(vote).query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void the_roll_page_finds_owners_by_building_for_staff_and_shows_an_owner_their_entry() throws Exception {
        mvc.perform(get("/votes/" + vote + "/electorate").param("building", "3").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"electorate-export\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3-1-")));
        mvc.perform(get("/votes/" + vote + "/electorate").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"own-only\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"electorate-export\""))));
        mvc.perform(post("/votes/" + vote + "/recount").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"recount-verdict\"")));
    }
}
