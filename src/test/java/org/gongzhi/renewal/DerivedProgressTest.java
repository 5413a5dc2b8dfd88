package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Progress is derived from targets (weighted, exact, rounded down once) and from sub-projects (their mean). */
class DerivedProgressTest {

    private static Target target(String unit, long planned, long done, int weight) {
        return new Target(1, 1, "t", unit, planned, done, weight);
    }

    @Test
    void the_articles_figures_come_out_of_the_quantities() {
        assertThat(DerivedProgress.ofTargets(List.of(target("盏", 300, 300, 1)))).isEqualTo(100);
        assertThat(DerivedProgress.ofTargets(List.of(target("座", 5, 5, 1)))).isEqualTo(100);
        assertThat(DerivedProgress.ofTargets(List.of(target("米", 1_800, 1_260, 1)))).isEqualTo(70);
        assertThat(DerivedProgress.ofChildren(List.of(100, 100, 100, 100))).isEqualTo(100);
    }

    @Test
    void weighted_milestones_count_by_weight_and_a_third_is_rounded_down_once() {
        // a milestone of weight 3 done, one of weight 1 not: 75%
        assertThat(DerivedProgress.ofTargets(List.of(target(null, 1, 1, 3), target(null, 1, 0, 1)))).isEqualTo(75);
        // thirds that would round up if each were rounded: 1/3 + 1/3 of 3 equal parts = 66%
        assertThat(DerivedProgress.ofTargets(List.of(target("米", 3, 1, 1), target("米", 3, 1, 1),
                target("米", 3, 3, 1)))).isEqualTo(55);
        assertThat(DerivedProgress.ofTargets(List.of(target("米", 3, 2, 1)))).isEqualTo(66);
    }

    @Test
    void nothing_to_derive_from_gives_no_percentage() {
        assertThat(DerivedProgress.ofTargets(List.of())).isNull();
        assertThat(DerivedProgress.ofChildren(List.of())).isNull();
    }
}
