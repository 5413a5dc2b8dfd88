package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Staff give projects targets and record quantities; the percentage is derived, and a project's parent takes the
 * roll-up of its sub-projects, over random trees. Bad quantities name their field and change nothing.
 */
class StaffRecordTargetsAndProgressIsDerivedTest extends IntegrationTest {

    @Autowired
    ProjectHandling projects;

    @Autowired
    Projects store;

    private long community;
    private Actor staff;
    private ProjectFixtures fixtures;

    @BeforeEach
    void setUp() {
        community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        staff = new Actor(880_001, "staff.targets", "居委会 目标", community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
    }

    private long project(Long parent) {
        return projects.create(staff, new ProjectInput("目标测试 " + UUID.randomUUID().toString().substring(0, 8), null,
                "南区", "100", null, null, null, ProjectKind.OTHER, parent));
    }

    private int percent(long id) {
        return projects.inCommunity(community, id).percentDone();
    }

    @Test
    void two_targets_and_quantities_give_the_percentage_and_it_is_never_typed() throws Exception {
        long id = project(null);
        long pipe = projects.addTarget(staff, id, new TargetInput("铺设管道", "米", 1_200L, 3));
        long pump = projects.addTarget(staff, id, new TargetInput("泵房通水", null, null, 1));
        projects.take(staff, id, ProjectAction.START);
        projects.recordQuantity(staff, id, new QuantityInput(pipe, 600L, null, "一期 600 米"), null);
        assertThat(percent(id)).isEqualTo(37); // 3 × 1/2 of weight 4
        projects.recordQuantity(staff, id, new QuantityInput(pump, 1L, null, "泵房通水"), null);
        assertThat(percent(id)).isEqualTo(62);

        assertThatThrownBy(() -> projects.recordQuantity(staff, id, new QuantityInput(pipe, 601L, null, "多报"), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("quantity"));
        assertThatThrownBy(() -> projects.recordQuantity(staff, id, new QuantityInput(999_999L, 1L, null, "x"), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().getFirst().field())
                        .isEqualTo("targetId"));
        assertThatThrownBy(() -> projects.reportProgress(staff, id, new ProgressInput(null, "90", "手填"), null))
                .isInstanceOf(Refused.class).hasMessageContaining("not typed");
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/quantities",
                "{\"targetId\":%d,\"quantity\":-5,\"note\":\"\"}".formatted(pipe))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.errors[1].field").value("note"));
        assertThat(percent(id)).isEqualTo(62);
        assertThat(store.targets(id)).extracting(Target::done).containsExactly(600L, 1L);

        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/quantities",
                "{\"targetId\":%d,\"quantity\":600,\"note\":\"二期完成\"}".formatted(pipe))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.percentDone").value(100))
                .andExpect(jsonPath("$.targets[0].done").value(1200));
    }

    @Test
    void a_parent_takes_the_roll_up_of_its_sub_projects_over_random_trees() {
        Random random = new Random(20261205);
        for (int tree = 0; tree < 3; tree++) {
            List<Long> nodes = new ArrayList<>();
            List<Long> leaves = new ArrayList<>();
            long root = project(null);
            nodes.add(root);
            for (int i = 0; i < 10; i++) {
                long parent = nodes.get(random.nextInt(nodes.size()));
                if (leaves.contains(parent)) {
                    continue; // a project with targets takes no sub-projects in this tree
                }
                long child = project(parent);
                nodes.add(child);
                if (random.nextInt(3) > 0) {
                    leaves.add(child);
                }
            }
            for (long leaf : leaves) {
                if (!store.childPercents(leaf).isEmpty()) {
                    continue;
                }
                List<Long> targets = new ArrayList<>();
                for (int t = 1 + random.nextInt(3); t > 0; t--) {
                    targets.add(projects.addTarget(staff, leaf, new TargetInput("目标" + t, "个",
                            (long) 1 + random.nextInt(50), 1 + random.nextInt(5))));
                }
                projects.take(staff, leaf, ProjectAction.START);
                for (long target : targets) {
                    long left = store.targets(leaf).stream().filter(x -> x.id() == target).findFirst().orElseThrow()
                            .remaining();
                    long q = random.nextLong(left + 1);
                    if (q > 0) {
                        projects.recordQuantity(staff, leaf, new QuantityInput(target, q, null, "进展"), null);
                    }
                }
            }
            for (long node : nodes) {
                List<Integer> children = store.childPercents(node);
                Integer expected = children.isEmpty() ? DerivedProgress.ofTargets(store.targets(node))
                        : DerivedProgress.ofChildren(children);
                assertThat(percent(node)).as("project %d of tree %d", node, tree)
                        .isEqualTo(expected == null ? 0 : expected);
            }
        }
    }
}
