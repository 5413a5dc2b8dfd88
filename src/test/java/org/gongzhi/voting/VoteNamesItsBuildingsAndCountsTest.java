package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.web.VoteTexts;

/**
 * A vote limited to some buildings names them (1号楼、2号楼、32号楼) wherever it is shown: its page, the list, the JSON
 * and the result notice; the result and the notice give 同意, 不同意 and 弃权, by persons and, for owners, by area.
 */
class VoteNamesItsBuildingsAndCountsTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    VoteQueries queries;

    @Autowired
    VoteTexts texts;

    private Set<Long> buildings(Integer... numbers) {
        return queries.scopeIds(VoteFixtures.AOYUAN, VoteScope.Kind.BUILDINGS, Set.of(numbers));
    }

    @Test
    void voters_see_which_buildings_on_the_page_the_list_and_in_the_json() throws Exception {
        long id = voting.create(VoteFixtures.staff(), VoteFixtures.residents(ElectorBasis.HOUSEHOLD,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), new VoteScope(VoteScope.Kind.BUILDINGS,
                        buildings(32, 1, 2)), false));
        voting.open(VoteFixtures.staff(), id);
        mvc.perform(get("/votes/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1号楼、2号楼、32号楼")));
        mvc.perform(get("/votes").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1号楼、2号楼、32号楼")));
        mvc.perform(get("/api/v1/votes/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.scopeNumbers", contains(1, 2, 32)))
                .andExpect(jsonPath("$.scopeText").value("1号楼、2号楼、32号楼"));
        mvc.perform(get("/api/v1/votes").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].scope.numbers[2]".formatted(id)).value(hasItem(32)));
    }

    @Test
    void the_result_and_its_notice_give_agree_disagree_and_abstain_by_persons_and_area() throws Exception {
        long id = voting.create(VoteFixtures.staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE,
                buildings(3, 4), false));
        voting.open(VoteFixtures.staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        Map<Long, BallotEntry> stack = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            stack.put(electors.get(i), VoteFixtures.paper(i < 3 ? Answer.AGREE : i < 5 ? Answer.DISAGREE
                    : Answer.ABSTAIN));
        }
        voting.enterAll(VoteFixtures.staff(), id, stack);
        VoteFixtures.passClosingTime(jdbc, id);
        voting.close(VoteFixtures.staff(), id);
        voting.publish(VoteFixtures.staff(), id);

        Vote vote = voting.visible(VoteFixtures.staff(), id);
        VoteResult result = voting.result(vote).orElseThrow();
        assertThat(result.agreeing().persons()).isEqualTo(3);
        assertThat(result.disagreeing().persons()).isEqualTo(2);
        assertThat(result.abstaining().persons()).isEqualTo(1);
        assertThat(result.disagreeing().area()).isPositive();

        mvc.perform(get("/votes/" + id).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("3号楼、4号楼")))
                .andExpect(content().string(containsString("id=\"figure-disagreeing\"")))
                .andExpect(content().string(containsString("id=\"figure-abstaining\"")))
                .andExpect(content().string(containsString("2 人，面积 " + result.disagreeing().areaText())));
        mvc.perform(get("/api/v1/votes/" + id + "/tally").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.disagreeing.persons").value(2))
                .andExpect(jsonPath("$.abstaining.persons").value(1));

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> notice;
        try {
            notice = texts.notice(vote, result, queries.scopePlaces(vote), List.of(3, 4, 5, 6, 9)).lines();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(notice).anyMatch(l -> l.contains("3号楼、4号楼"))
                .noneMatch(l -> l.startsWith("涉及楼栋"))
                .anyMatch(l -> l.startsWith("同意：3 人"))
                .anyMatch(l -> l.startsWith("不同意：2 人，专有部分面积 " + result.disagreeing().areaText()))
                .anyMatch(l -> l.startsWith("弃权：1 人"));
    }
}
