package org.gongzhi.community;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.RegisterQueries.Community;
import org.gongzhi.community.internal.AoyuanRegister;
import org.gongzhi.community.internal.AoyuanRegister.Plan;

/**
 * Fills an empty register with the Aoyuan residential area of the seed article and, for the demo of the
 * subdistrict, two smaller communities of the same subdistrict (九里亭街道) laid out the same way.
 */
@Service
public class RegisterSeeding {

    private final JdbcClient jdbc;
    private final AoyuanRegister aoyuan;

    RegisterSeeding(JdbcClient jdbc, AoyuanRegister aoyuan) {
        this.jdbc = jdbc;
        this.aoyuan = aoyuan;
    }

    /** Aoyuan's two smaller neighbours in the demo: a few hundred households each, in four and three grids. */
    static final List<Plan> NEIGHBOURS = List.of(
            new Plan("LAITING", "涞亭居民区", "LT", "上海涞亭置业有限公司", new int[][] {{3, 3}, {3, 3}, {3, 3}, {3, 3}},
                    2, 2, 340, 8, 20_261_204L, 20_261_205L),
            new Plan("YUNRUN", "云润居民区", "YR", "上海云润置业有限公司", new int[][] {{3, 3}, {3, 3}, {3, 3}},
                    2, 2, 250, 6, 20_261_206L, 20_261_207L));

    public boolean registerIsEmpty() {
        return jdbc.sql("select count(*) from community").query(Long.class).single() == 0;
    }

    /** Seeds Aoyuan when the register is empty; does nothing otherwise. */
    @Transactional
    public Optional<AoyuanSeed> seedAoyuanIfEmpty() {
        return registerIsEmpty() ? Optional.of(aoyuan.seed()) : Optional.empty();
    }

    /** Seeds the demo's smaller communities that are not registered yet; returns every one of them. */
    @Transactional
    public List<Community> seedNeighbours() {
        return NEIGHBOURS.stream().map(plan -> {
            Long id = jdbc.sql("select id from community where code = ?").param(plan.code()).query(Long.class)
                    .optional().orElseGet(() -> aoyuan.seed(plan));
            return new Community(id, plan.code(), plan.name(), "九里亭街道");
        }).toList();
    }
}
