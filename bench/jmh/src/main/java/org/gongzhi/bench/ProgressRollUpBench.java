package org.gongzhi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.gongzhi.renewal.DerivedProgress;
import org.gongzhi.renewal.Target;

/**
 * The micro-renewal progress roll-ups: a project's percentage from its weighted targets (exact fractions) and from
 * its sub-projects (a mean), for projects of a few to many targets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProgressRollUpBench {

    @Param({"5", "50", "500"})
    public int targets;

    private List<Target> projectTargets;
    private List<Integer> children;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(14);
        projectTargets = new ArrayList<>();
        children = new ArrayList<>();
        for (int i = 0; i < targets; i++) {
            long planned = 1 + random.nextInt(5_000);
            projectTargets.add(new Target(i, 1, "目标" + i, "个", planned, random.nextLong(planned + 1),
                    1 + random.nextInt(10)));
            children.add(random.nextInt(101));
        }
    }

    @Benchmark
    public Integer ofTargets() {
        return DerivedProgress.ofTargets(projectTargets);
    }

    @Benchmark
    public Integer ofChildren() {
        return DerivedProgress.ofChildren(children);
    }
}
