package org.gongzhi.voting.electorate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.electorate.Electorate.Elector;
import org.gongzhi.voting.electorate.Electorate.OwnerRecord;
import org.gongzhi.voting.electorate.Electorate.UnitRecord;

/** The counting rules of 最高法 建筑物区分所有权解释 第8–9条 on hand-built units and owners. */
class ElectorateTest {

    private static UnitRecord unit(long id, long building, Long register, Long survey, Long contract,
            OwnerRecord... owners) {
        return new UnitRecord(id, building, building, Electorate.RESIDENTIAL, register, survey, contract, false,
                List.of(owners));
    }

    private static UnitRecord developer(long id, long building, long area) {
        return new UnitRecord(id, building, building, Electorate.RESIDENTIAL, area, null, null, true,
                List.of(new OwnerRecord(null, "上海奥园置业有限公司")));
    }

    private static OwnerRecord resident(long id, String name) {
        return new OwnerRecord(id, name);
    }

    private static OwnerRecord named(String name) {
        return new OwnerRecord(null, name);
    }

    private static OwnerRecord identified(String name, String identity) {
        return new OwnerRecord(null, name, identity);
    }

    private static List<Elector> all(UnitRecord... units) {
        return Electorate.of(List.of(units), false, VoteScope.COMMUNITY);
    }

    @Test
    void one_unit_is_one_person_with_its_area() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, resident(10, "王芳")),
                unit(2, 1, 8_000L, null, null, resident(11, "李强")));
        assertThat(electors).extracting(Elector::area).containsExactly(9_000L, 8_000L);
    }

    @Test
    void co_owners_of_one_unit_are_one_person() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, resident(10, "王芳"), resident(11, "张伟")));
        assertThat(electors).hasSize(1);
        assertThat(electors.getFirst().residentIds()).containsExactlyInAnyOrder(10L, 11L);
        assertThat(electors.getFirst().area()).isEqualTo(9_000);
    }

    @Test
    void an_owner_of_several_units_is_one_person_with_the_areas_summed() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, resident(10, "王芳")),
                unit(2, 3, 7_550L, null, null, resident(10, "王芳")), unit(3, 3, 6_000L, null, null, resident(12, "赵磊")));
        assertThat(electors).hasSize(2);
        assertThat(electors.getFirst().unitIds()).containsExactly(1L, 2L);
        assertThat(electors.getFirst().area()).isEqualTo(16_550);
    }

    @Test
    void namesakes_without_an_identity_are_different_people_each_counted_for_their_own_unit() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, named("马文")),
                unit(2, 32, 8_000L, null, null, named("马文")));
        assertThat(electors).extracting(Elector::area).containsExactly(9_000L, 8_000L);
        assertThat(electors).extracting(Elector::identified).containsExactly(false, false);
    }

    @Test
    void namesakes_with_different_id_numbers_are_different_people() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, identified("马文", "I:a1")),
                unit(2, 32, 8_000L, null, null, identified("马文", "I:b2")));
        assertThat(electors).hasSize(2).allMatch(Elector::identified);
    }

    @Test
    void one_id_number_in_two_buildings_is_one_person_with_both_areas() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, identified("马文", "I:a1")),
                unit(2, 32, 8_000L, null, null, identified("马 文", "I:a1")));
        assertThat(electors).hasSize(1);
        assertThat(electors.getFirst().unitIds()).containsExactly(1L, 2L);
        assertThat(electors.getFirst().area()).isEqualTo(17_000);
    }

    @Test
    void an_owner_living_elsewhere_with_the_id_of_a_resident_owner_is_that_resident() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, new OwnerRecord(10L, "王芳", "I:c3")),
                unit(2, 5, 8_000L, null, null, identified("王芳", "I:c3")));
        assertThat(electors).hasSize(1);
        assertThat(electors.getFirst().residentIds()).containsExactly(10L);
        assertThat(electors.getFirst().area()).isEqualTo(17_000);
    }

    @Test
    void the_areas_source_is_named_with_the_unit() {
        assertThat(unit(1, 1, 9_000L, 9_100L, null).areaSource()).isEqualTo(Electorate.AreaSource.REGISTER);
        assertThat(unit(1, 1, null, 9_100L, 9_200L).areaSource()).isEqualTo(Electorate.AreaSource.SURVEY);
        assertThat(unit(1, 1, null, null, 9_200L).areaSource()).isEqualTo(Electorate.AreaSource.CONTRACT);
        assertThat(unit(1, 1, null, null, null).areaSource()).isEqualTo(Electorate.AreaSource.NONE);
    }

    @Test
    void a_unit_shared_with_a_multi_unit_owner_joins_that_person_so_nobody_counts_twice() {
        List<Elector> electors = all(unit(1, 1, 9_000L, null, null, resident(10, "王芳")),
                unit(2, 1, 8_000L, null, null, resident(10, "王芳"), resident(11, "张伟")));
        assertThat(electors).hasSize(1);
        assertThat(electors.getFirst().residentIds()).containsExactlyInAnyOrder(10L, 11L);
    }

    @Test
    void all_developer_held_units_together_are_one_person() {
        List<Elector> electors = all(developer(1, 1, 9_000), developer(2, 2, 8_000), developer(3, 3, 7_000),
                unit(4, 3, 6_000L, null, null, resident(10, "王芳")));
        assertThat(electors).hasSize(2);
        Elector developer = electors.getFirst();
        assertThat(developer.personKey()).isEqualTo(Electorate.DEVELOPER);
        assertThat(developer.area()).isEqualTo(24_000);
        assertThat(developer.residentIds()).isEmpty();
    }

    @Test
    void area_comes_from_the_register_else_the_survey_else_the_contract() {
        List<Elector> electors = all(unit(1, 1, 9_000L, 9_100L, 9_200L, resident(10, "甲")),
                unit(2, 1, null, 8_100L, 8_200L, resident(11, "乙")), unit(3, 1, null, null, 7_200L, resident(12, "丙")));
        assertThat(electors).extracting(Elector::area).containsExactly(9_000L, 8_100L, 7_200L);
    }

    @Test
    void parking_spaces_are_excluded_unless_the_vote_includes_them() {
        UnitRecord parking = new UnitRecord(2, 1, 1, Electorate.PARKING, 1_200L, null, null, false,
                List.of(resident(11, "李强")));
        List<UnitRecord> units = List.of(unit(1, 1, 9_000L, null, null, resident(10, "王芳")), parking);
        assertThat(Electorate.of(units, false, VoteScope.COMMUNITY)).hasSize(1);
        assertThat(Electorate.of(units, true, VoteScope.COMMUNITY)).extracting(Elector::area)
                .containsExactly(9_000L, 1_200L);
    }

    @Test
    void a_vote_restricted_to_some_buildings_counts_only_their_units() {
        List<UnitRecord> units = List.of(unit(1, 1, 9_000L, null, null, resident(10, "王芳")),
                unit(2, 2, 8_000L, null, null, resident(10, "王芳")), unit(3, 3, 7_000L, null, null, resident(12, "赵磊")));
        List<Elector> electors = Electorate.of(units, false, new VoteScope(VoteScope.Kind.BUILDINGS, Set.of(1L, 3L)));
        assertThat(electors).extracting(Elector::area).containsExactly(9_000L, 7_000L);
    }

    @Test
    void a_unit_without_a_current_owner_is_not_counted() {
        assertThat(all(unit(1, 1, 9_000L, null, null))).isEmpty();
    }
}
